// The crisisdesk console: plain JavaScript on the public API, with the key the user signs in with.
// Every text from the API goes into the page as text (el() below), never as HTML.

const state = {
  key: sessionStorage.getItem('crisisdesk.key'),
  me: null,
  brand: sessionStorage.getItem('crisisdesk.brand') || '',
  agent: sessionStorage.getItem('crisisdesk.agent') || '',
  view: null,
  inbox: { queue: null, items: [], selected: 0 },
  crisis: { selected: null, drafts: {} },
  rules: { files: {}, file: null, findings: [] },
  search: { next: null, rows: [] },
};

// ---- small helpers -------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Replaces a node's children, leaving out the null and false that conditional parts give.
function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

const svgNs = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children.flat()) if (child) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message || `HTTP ${status}`);
    this.status = status;
    this.code = body?.error?.code;
    this.details = body?.error?.details;
  }
}

async function api(path, { method = 'GET', body } = {}) {
  const response = await fetch(path, {
    method,
    headers: { Authorization: `Bearer ${state.key}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

const may = (permission) => state.me?.may.includes(permission);
const brandQuery = () => `brand=${encodeURIComponent(state.brand)}`;
const time = (iso) => (iso ? new Date(iso).toLocaleString() : '');
// an author once, with a single @ (integrations send handles with or without it), marked when many people hear them
const INFLUENTIAL_FOLLOWERS = 100000;
// a saved reply as the service fills it in for a comment (replies.Templates): shown before it is sent
const personalise = (text, comment) => {
  const handle = comment.author?.handle ? String(comment.author.handle).replace(/^@+/, '') : '';
  const values = { 'author.handle': handle ? `@${handle}` : '', 'author.name': handle, brand: comment.brand };
  return text.replace(/\{\{([^{}]*)}}/g, (all, name) => (name.trim() in values ? values[name.trim()] : all))
    .replace(/ +([,.!?])/g, '$1').replace(/  +/g, ' ').trim();
};
const who = (author) => {
  const name = author?.handle ? `@${String(author.handle).replace(/^@+/, '')}` : (author?.id || 'unknown');
  const loud = author?.verified || (author?.followers || 0) >= INFLUENTIAL_FOLLOWERS;
  return loud ? `${name} ★ ${author.verified ? 'verified, ' : ''}${(author.followers || 0).toLocaleString()} followers` : name;
};
const minutesFromNow = (iso) => Math.round((new Date(iso) - Date.now()) / 60000);

function toast(message) {
  const node = el('div', { class: 'toast', role: 'status' }, message);
  document.body.append(node);
  setTimeout(() => node.remove(), 3500);
}

function fail(error) {
  toast(error instanceof ApiError ? `${error.code || error.status}: ${error.message}` : String(error));
}

function main(...children) {
  const node = document.getElementById('main');
  fill(node, ...children);
  return node;
}

// ---- sign-in, brand and navigation ---------------------------------------------------------

const VIEWS = [
  { id: 'inbox', label: 'Inbox', needs: 'read_queues', render: renderInbox },
  { id: 'crisis', label: 'Crisis', needs: 'read_crises', render: renderCrisis },
  { id: 'kpis', label: 'KPIs', needs: 'read_crises', render: renderKpis },
  { id: 'rules', label: 'Rules', needs: 'read_rules', render: renderRules },
  { id: 'search', label: 'Search', needs: 'read_comments', render: renderSearch },
];

async function signIn(key) {
  state.key = key;
  try {
    state.me = await api('/v1/me');
  } catch (error) {
    state.key = null;
    sessionStorage.removeItem('crisisdesk.key');
    throw error;
  }
  sessionStorage.setItem('crisisdesk.key', key);
  if (!state.brand || (!state.me.allBrands && !state.me.brands.includes(state.brand))) state.brand = state.me.brands[0] || '';
  if (!state.agent) state.agent = state.me.name;
  renderChrome();
  // strategists write rules: they land there; everyone else on the first view they may use
  const first = (state.me.role === 'strategist' && VIEWS.find((v) => v.id === 'rules')) || VIEWS.find((v) => may(v.needs));
  await show(location.hash.slice(1) && VIEWS.some((v) => v.id === location.hash.slice(1) && may(v.needs)) ? location.hash.slice(1) : first?.id);
  events.start();
}

function signOut() {
  sessionStorage.clear();
  location.hash = '';
  location.reload();
}

function renderChrome() {
  const nav = document.getElementById('nav');
  fill(nav, ...VIEWS.filter((v) => may(v.needs)).map((v) =>
    el('button', { id: `nav-${v.id}`, class: state.view === v.id ? 'active' : '', onclick: () => show(v.id) }, v.label)));
  const brandPicker = state.me.allBrands
    ? el('input', { id: 'brand', type: 'text', placeholder: 'brand', value: state.brand, onchange: (e) => setBrand(e.target.value.trim()) })
    : el('select', { id: 'brand', onchange: (e) => setBrand(e.target.value) },
        state.me.brands.map((b) => el('option', { value: b, selected: b === state.brand }, b)));
  const agent = may('work_queues')
    ? el('input', { id: 'agent', type: 'text', title: 'your name as agent', value: state.agent,
        onchange: (e) => { state.agent = e.target.value.trim(); sessionStorage.setItem('crisisdesk.agent', state.agent); } })
    : null;
  fill(document.getElementById('who'),
    el('span', {}, `${state.me.name} (${state.me.role})`), brandPicker, agent,
    el('button', { class: 'secondary', id: 'signout', onclick: signOut }, 'Sign out'));
  document.getElementById('help').hidden = !may('work_queues');
}

function setBrand(brand) {
  state.brand = brand;
  sessionStorage.setItem('crisisdesk.brand', brand);
  state.inbox = { queue: null, items: [], selected: 0 };
  state.crisis = { selected: null };
  state.rules = { files: {}, file: null, findings: [] };
  events.start();
  show(state.view);
}

async function show(view) {
  if (!view) return main(el('p', { class: 'card' }, 'This key may not use any view of the console.'));
  state.view = view;
  location.hash = view;
  renderChrome();
  refreshBanner();
  try {
    await VIEWS.find((v) => v.id === view).render();
  } catch (error) {
    main(el('p', { class: 'card error' }, error.message));
  }
}

// ---- live events: Server-Sent Events read with fetch, so the key goes in a header ------------

const events = {
  controller: null,
  lastId: null,
  refreshTimer: null,
  start() {
    this.controller?.abort();
    this.lastId = null;
    if (!state.brand || !may('read_crises')) return;
    this.controller = new AbortController();
    this.listen(this.controller.signal, state.brand);
  },
  async listen(signal, brand) {
    while (!signal.aborted) {
      try {
        const response = await fetch(`/v1/events?brand=${encodeURIComponent(brand)}`, {
          headers: { Authorization: `Bearer ${state.key}`, ...(this.lastId ? { 'Last-Event-ID': this.lastId } : {}) },
          signal,
        });
        if (!response.ok) return;
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = message.match(/^id: (.*)$/m);
            const type = message.match(/^event: (.*)$/m);
            if (id) this.lastId = id[1];
            if (type) this.changed(type[1]);
          }
        }
      } catch (error) {
        if (signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  },
  changed(type) {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      refreshBanner();
      if (state.view === 'inbox') refreshInbox();
      const busy = document.querySelector('#incident .question') || document.activeElement?.id === 'bulk-text';
      if (state.view === 'crisis' && type.startsWith('incident.') && !busy) renderCrisis();
    }, 250);
  },
};

async function refreshBanner() {
  const banner = document.getElementById('banner');
  if (!state.brand || !may('read_crises')) {
    banner.hidden = true;
    return;
  }
  try {
    const { crises } = await api(`/v1/crises?${brandQuery()}`);
    const active = crises.filter((c) => c.status !== 'resolved');
    banner.hidden = active.length === 0;
    if (active.length) {
      // the most severe live incident, the oldest on a tie (the list comes newest first)
      const rank = { low: 0, medium: 1, high: 2, critical: 3 };
      const worst = active.reduce((a, b) => ((rank[b.severity] ?? 0) >= (rank[a.severity] ?? 0) ? b : a));
      banner.className = active.some((c) => c.status === 'open') ? 'open' : 'acknowledged';
      fill(banner, `Crisis (${worst.severity}, ${worst.status}) for ${state.brand}: ${worst.reason}`,
        active.length > 1 ? ` and ${active.length - 1} more` : '');
      banner.onclick = () => { state.crisis.selected = worst.id; show('crisis'); };
    }
  } catch (error) {
    banner.hidden = true;
  }
}

// ---- inbox: queues, items, claim, reply, release, resolve, move ----------------------------

async function renderInbox() {
  if (!state.brand) return main(el('p', { class: 'card' }, 'Choose a brand first.'));
  main(el('div', { class: 'grid' },
    el('section', { class: 'card' }, el('h2', {}, 'Queues'), el('ul', { class: 'queues', id: 'queues' })),
    el('section', { class: 'card' }, el('h2', { id: 'queue-title' }, 'Items'), el('table', { id: 'items' })),
    el('section', { class: 'card', id: 'detail' }, el('p', { class: 'muted' }, 'Select an item.'))));
  await refreshInbox();
}

async function refreshInbox() {
  if (state.view !== 'inbox' || !document.getElementById('queues')) return;
  const { queues } = await api(`/v1/queues?${brandQuery()}`);
  if (!state.inbox.queue || !queues.some((q) => q.name === state.inbox.queue)) {
    state.inbox.queue = (queues.find((q) => q.depth > 0) || queues[0])?.name;
  }
  state.inbox.queues = queues;
  fill(document.getElementById('queues'), ...queues.map((q) =>
    el('li', { class: q.name === state.inbox.queue ? 'active' : '', 'data-queue': q.name,
      onclick: () => { state.inbox.queue = q.name; state.inbox.selected = 0; refreshInbox(); } },
      el('span', {}, q.name),
      el('span', {}, el('span', { class: 'badge', title: 'open items' }, q.depth), ' ',
        q.overdue ? el('span', { class: 'badge overdue', title: 'overdue' }, `${q.overdue} late`) : null))));
  if (!state.inbox.queue) return;
  state.inbox.replies = (await api(`/v1/replies?${brandQuery()}`)).replies;
  const { items } = await api(`/v1/queues/${encodeURIComponent(state.inbox.queue)}/items?${brandQuery()}&limit=100`);
  const keep = state.inbox.focus || state.inbox.items[state.inbox.selected]?.itemId;
  state.inbox.focus = null;
  state.inbox.items = items;
  const index = items.findIndex((i) => i.itemId === keep);
  state.inbox.selected = index >= 0 ? index : Math.min(state.inbox.selected, Math.max(0, items.length - 1));
  fill(document.getElementById('queue-title'), `${state.inbox.queue} `,
    el('button', { id: 'claim-next', onclick: claimNext, disabled: !may('work_queues') }, 'Claim next (c)'));
  renderItems();
}

function renderItems() {
  const { items, selected } = state.inbox;
  const table = document.getElementById('items');
  if (!table) return;
  fill(table,
    el('tr', {}, ['Priority', 'Due', 'Comment', 'Sentiment', 'Toxicity', 'Holder'].map((h) => el('th', {}, h))),
    ...items.map((item, i) => {
      const c = item.comment;
      const overdue = new Date(item.dueAt) < new Date();
      return el('tr', { class: `item${i === selected ? ' selected' : ''}${overdue ? ' overdue' : ''}`, 'data-item': item.itemId,
        'data-comment': c.id, onclick: () => { state.inbox.selected = i; renderItems(); } },
        el('td', {}, item.priority),
        el('td', { class: 'due', title: time(item.dueAt) }, overdue ? `${-minutesFromNow(item.dueAt)} min late` : `in ${minutesFromNow(item.dueAt)} min`),
        el('td', {}, el('div', {}, c.text ?? '(erased)'),
          el('div', { class: 'muted' }, who(c.author),
            c.author?.followers ? ` · ${c.author.followers.toLocaleString()} followers` : '', ` · ${c.platform}`),
          el('div', { class: 'rules' }, item.rules.join(' · '))),
        el('td', { class: `sent-${c.sentiment?.label}` }, c.sentiment ? `${c.sentiment.label} (${c.sentiment.score.toFixed(2)})` : ''),
        el('td', {}, c.toxicity !== undefined ? c.toxicity.toFixed(2) : ''),
        el('td', {}, item.claimedBy || ''));
    }));
  if (!items.length) table.append(el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'Nothing waiting here.')));
  renderDetail();
}

async function renderDetail() {
  const detail = document.getElementById('detail');
  const item = state.inbox.items[state.inbox.selected];
  if (!detail) return;
  if (!item) {
    delete detail.dataset.shown;
    return fill(detail, el('p', { class: 'muted' }, 'Select an item.'));
  }
  // live events refresh the inbox often: an item that did not change is left as it is, and a reply
  // being typed survives when it did
  const shown = JSON.stringify([item, state.agent, state.inbox.queues?.map((q) => q.name), state.inbox.replies]);
  if (detail.dataset.shown === shown) return;
  const old = document.getElementById('reply-text');
  const draft = old && old.dataset.item === item.itemId ? { value: old.value, focused: document.activeElement === old } : null;
  detail.dataset.shown = shown;
  const c = item.comment;
  const mine = item.claimedBy && item.claimedBy === state.agent;
  const suggestions = (c.decisions || []).filter((d) => d.action === 'suggest');
  const reply = el('textarea', { id: 'reply-text', rows: 4, placeholder: mine ? 'Your reply' : 'Claim the item to reply', disabled: !mine,
    'data-item': item.itemId, onkeydown: (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) sendReply(); } });
  if (draft) reply.value = draft.value;
  const others = (state.inbox.queues || []).filter((q) => q.name !== item.queue);
  const saved = state.inbox.replies || [];
  const picker = saved.length ? el('select', { id: 'saved-reply', disabled: !mine, title: 'saved replies (s)',
    onchange: (e) => { const r = saved.find((x) => x.id === e.target.value); if (r) { reply.value = personalise(r.text, c); reply.focus(); } } },
    el('option', { value: '' }, 'Saved reply… (s)'), saved.map((r) => el('option', { value: r.id }, r.name))) : null;
  const note = el('input', { type: 'text', id: 'note-text', placeholder: 'A note for the team', disabled: !may('work_queues') });
  const assignee = el('input', { type: 'text', id: 'assign-to', placeholder: 'Teammate', value: item.assignedTo || '', disabled: !may('work_queues') });
  fill(detail,
    el('h2', {}, `Item in ${item.queue}`),
    el('p', { id: 'detail-text' }, c.text ?? '(erased)'),
    el('p', { class: 'muted' }, `${who(c.author)} · ${time(c.createdAt)} · due ${time(item.dueAt)}`),
    el('p', { class: 'rules', id: 'detail-rules' }, 'Rules: ', item.rules.join(', ')),
    el('ul', {}, (c.decisions || []).filter((d) => d.action !== 'suggest').map((d) =>
      el('li', { class: 'rules' }, `${d.action}${d.queue ? ' → ' + d.queue : ''}${d.reason ? ': ' + d.reason : ''} (${d.rule})`))),
    suggestions.length ? el('div', {}, el('b', {}, 'Suggested replies'), suggestions.map((s) =>
      el('div', { class: 'suggestion', onclick: () => { reply.value = s.text; reply.focus(); } }, s.text))) : null,
    el('div', { class: 'actions' },
      el('button', { id: 'claim', onclick: () => claim(item.itemId), disabled: !may('work_queues') || Boolean(item.claimedBy) }, 'Claim'),
      el('button', { class: 'secondary', id: 'release', onclick: () => act(item, 'release', {}), disabled: !mine }, 'Release (u)'),
      el('button', { class: 'secondary', id: 'resolve', onclick: () => act(item, 'resolve', {}), disabled: !mine }, 'Resolve (e)'),
      others.length ? el('select', { id: 'move-to', disabled: !mine }, others.map((q) => el('option', { value: q.name }, q.name))) : null,
      others.length ? el('button', { class: 'secondary', id: 'move', disabled: !mine,
        onclick: () => act(item, 'move', { queue: document.getElementById('move-to').value }) }, 'Move') : null),
    picker,
    reply,
    el('div', { class: 'actions' }, el('button', { id: 'send-reply', onclick: sendReply, disabled: !mine }, 'Send reply (Ctrl+Enter)')),
    el('h3', {}, 'Team'),
    el('p', { class: 'muted', id: 'assigned' }, item.assignedTo ? `Assigned to ${item.assignedTo}` : 'Not assigned'),
    el('div', { class: 'actions' }, assignee,
      el('button', { class: 'secondary', id: 'assign', disabled: !may('work_queues'),
        onclick: () => act(item, 'assign', { to: assignee.value.trim() || null }) }, 'Assign')),
    el('ul', { id: 'notes' }, (item.notes || []).map((n) => el('li', { class: 'muted' }, `${time(n.at)} ${n.agent}: ${n.text}`))),
    el('div', { class: 'actions' }, note,
      el('button', { class: 'secondary', id: 'add-note', disabled: !may('work_queues'),
        onclick: () => { if (note.value.trim()) act(item, 'notes', { text: note.value.trim() }); } }, 'Add note')));
  if (draft?.focused) reply.focus();
}

const claimNext = () => claim(null);

// Claims the item on screen (itemId), or the most urgent free one of the queue.
async function claim(itemId) {
  try {
    const { items } = await api(`/v1/queues/${encodeURIComponent(state.inbox.queue)}/claim`,
      { method: 'POST', body: { brand: state.brand, agent: state.agent, limit: 1, ...(itemId ? { itemId } : {}) } });
    if (!items.length) return toast(itemId ? 'Someone else holds this item now.' : 'Nothing free to claim in this queue.');
    await refreshInbox();
    const index = state.inbox.items.findIndex((i) => i.itemId === items[0].itemId);
    if (index >= 0) state.inbox.selected = index;
    renderItems();
    document.getElementById('reply-text')?.focus();
  } catch (error) {
    fail(error);
  }
}

async function act(item, action, extra) {
  try {
    await api(`/v1/items/${encodeURIComponent(item.itemId)}/${action}`, { method: 'POST', body: { agent: state.agent, ...extra } });
    toast(`${action} done`);
    await refreshInbox();
  } catch (error) {
    fail(error);
  }
}

async function sendReply() {
  const item = state.inbox.items[state.inbox.selected];
  const text = document.getElementById('reply-text')?.value.trim();
  if (!item || !text) return;
  await act(item, 'reply', { text });
}

document.addEventListener('keydown', (e) => {
  if (state.view !== 'inbox' || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName)) return;
  const items = state.inbox.items;
  const item = items[state.inbox.selected];
  if (e.key === 'j' && state.inbox.selected < items.length - 1) { state.inbox.selected++; renderItems(); }
  else if (e.key === 'k' && state.inbox.selected > 0) { state.inbox.selected--; renderItems(); }
  else if (e.key === 'c') claimNext();
  else if (e.key === 'r') { e.preventDefault(); document.getElementById('reply-text')?.focus(); }
  else if (e.key === 's') { e.preventDefault(); document.getElementById('saved-reply')?.focus(); }
  else if (e.key === 'e' && item) act(item, 'resolve', {});
  else if (e.key === 'u' && item) act(item, 'release', {});
  else if (e.key === '?') document.getElementById('help').hidden = !document.getElementById('help').hidden;
});

// ---- crisis: incidents, timeline, per-minute chart, acknowledge, resolve -------------------

async function renderCrisis() {
  if (!state.brand) return main(el('p', { class: 'card' }, 'Choose a brand first.'));
  const { crises } = await api(`/v1/crises?${brandQuery()}`);
  if (!state.crisis.selected || !crises.some((c) => c.id === state.crisis.selected)) state.crisis.selected = crises[0]?.id;
  const incident = crises.find((c) => c.id === state.crisis.selected);
  main(el('div', { class: 'two' },
    el('section', { class: 'card' }, el('h2', {}, 'Incidents'),
      crises.length ? crises.map((c) => el('div', { class: `incident ${c.status}${c.id === state.crisis.selected ? ' active' : ''}`,
        'data-incident': c.id, onclick: () => { state.crisis.selected = c.id; renderCrisis(); } },
        el('b', {}, `${c.severity} · ${c.status}`), el('div', {}, c.rule), el('div', { class: 'muted' }, time(c.openedAt))))
        : el('p', { class: 'muted' }, 'No incident for this brand.')),
    el('section', { class: 'card', id: 'incident' }, incident ? await incidentDetail(incident) : el('p', { class: 'muted' }, 'Nothing to show.'))));
}

async function incidentDetail(summary) {
  const c = await api(`/v1/crises/${encodeURIComponent(summary.id)}`);
  const manage = may('manage_crises') && c.status !== 'resolved';
  const owner = el('input', { type: 'text', id: 'owner', placeholder: 'owner', value: c.owner || state.me.name });
  const note = el('input', { type: 'text', id: 'note', placeholder: 'a note for the timeline' });
  const perform = async (path, body) => {
    try {
      await api(`/v1/crises/${encodeURIComponent(c.id)}/${path}`, { method: 'POST', body });
      await renderCrisis();
      refreshBanner();
    } catch (error) {
      fail(error);
    }
  };
  const { comments } = await api(`/v1/comments?${brandQuery()}&limit=500`);
  if (may('work_queues')) state.inbox.replies = (await api(`/v1/replies?${brandQuery()}`).catch(() => ({ replies: [] }))).replies;
  const itemOf = new Map((c.items || []).map((item) => [item.comment.id, item]));
  return el('div', {},
    el('h2', {}, `${c.rule}: ${c.severity}, ${c.status}`),
    el('p', {}, c.reason),
    el('p', { class: 'muted' }, `Opened ${time(c.openedAt)} · updated ${time(c.updatedAt)}${c.owner ? ' · owner ' + c.owner : ''}`
      + ` · ${c.comments.length} comments from ${(c.authors || []).length} people · ${(c.items || []).length} open items`),
    (c.terms || []).length ? el('p', { id: 'incident-terms' }, 'What people say more than usual: ',
      c.terms.map((t) => el('span', { class: 'term', title: `in ${t.count} comments; ${t.baseline} expected from the brand's usual traffic` },
        `${t.term} (${t.count})`))) : null,
    manage ? el('div', { class: 'actions' }, owner,
      el('button', { id: 'acknowledge', onclick: () => perform('acknowledge', { owner: owner.value }) }, 'Acknowledge'),
      note,
      el('button', { class: 'secondary', id: 'add-note', onclick: () => perform('notes', { text: note.value }) }, 'Add note'),
      confirming('resolve-incident', 'Resolve incident', 'Resolve this incident? New comments will no longer join it.',
        () => perform('resolve', { note: note.value || null }))) : null,
    may('work_queues') && (c.items || []).length ? bulkWork(c) : null,
    el('h3', {}, 'Volume and sentiment per minute'),
    minuteChart(c, comments),
    el('h3', {}, 'Timeline'),
    el('ul', { class: 'timeline' },
      el('li', {}, `${time(c.openedAt)}: opened by rule "${c.rule}"`),
      (c.notes || []).map((n) => el('li', {}, `${time(n.at)} ${n.by}: ${n.text}`))),
    el('h3', {}, `Comments (${c.comments.length}), oldest first`),
    el('ul', { id: 'incident-comments' }, c.comments.map((comment) => incidentComment(comment, itemOf.get(comment.id)))));
}

// One comment of an incident, with its open item: where it waits, who holds it, and a way to it.
function incidentComment(comment, item) {
  return el('li', { class: `sent-${comment.sentiment?.label}`, 'data-comment': comment.id },
    el('span', {}, `${time(comment.createdAt)} ${who(comment.author)}: ${comment.text ?? '(erased)'}`),
    el('span', { class: 'muted' }, item ? ` · ${item.queue} at ${item.priority}${item.claimedBy ? ', held by ' + item.claimedBy : ''}` : ` · ${comment.status}`),
    item ? el('span', { class: 'row-actions' },
      el('button', { class: 'secondary open-item', onclick: () => openItem(item) }, 'Open'),
      may('work_queues') && !item.claimedBy ? el('button', { class: 'secondary claim-item', onclick: async () => {
        try {
          await api(`/v1/queues/${encodeURIComponent(item.queue)}/claim`,
            { method: 'POST', body: { brand: state.brand, agent: state.agent, limit: 1, itemId: item.itemId } });
          openItem(item);
        } catch (error) {
          fail(error);
        }
      } }, 'Claim') : null) : null);
}

// Shows an item in the inbox, selected.
function openItem(item) {
  state.inbox.queue = item.queue;
  state.inbox.focus = item.itemId;
  show('inbox');
}

// Claim, reply to and resolve every open item of an incident, each after a confirmation that says
// how many items it touches (and, for a reply, shows it as the first author will read it).
function bulkWork(c) {
  const items = c.items.filter((item) => !item.claimedBy || item.claimedBy === state.agent);
  const saved = state.inbox.replies || [];
  const draft = state.crisis.drafts[c.id] || (state.crisis.drafts[c.id] = { text: '', savedReply: '' });
  const text = el('textarea', { id: 'bulk-text', rows: 3, placeholder: 'One reply for every open item ({{author.handle}}, {{brand}} are filled in)',
    oninput: (e) => { draft.text = e.target.value; draft.savedReply = ''; } });
  text.value = draft.text;
  const picker = el('select', { id: 'bulk-saved', onchange: (e) => {
    draft.savedReply = e.target.value;
    const r = saved.find((x) => x.id === e.target.value);
    if (r) text.value = draft.text = r.text;
  } }, el('option', { value: '' }, 'Saved reply…'), saved.map((r) => el('option', { value: r.id, selected: r.id === draft.savedReply }, r.name)));
  const done = async (message) => {
    toast(message);
    await renderCrisis();
  };
  const post = (path, body) => api(`/v1/crises/${encodeURIComponent(c.id)}/${path}`, { method: 'POST', body: { agent: state.agent, ...body } });
  return el('div', { class: 'bulk card', id: 'bulk' },
    el('h3', {}, `Work the incident: ${items.length} open items free or yours`),
    el('div', { class: 'actions' },
      confirming('claim-all', `Claim all (${items.length})`, `Claim ${items.length} items for ${state.agent}?`, async () => {
        try {
          const { items: claimed } = await post('claim', {});
          await done(`Claimed ${claimed.length} items.`);
        } catch (error) {
          fail(error);
        }
      }),
      confirming('resolve-all', `Resolve all (${items.length})`, `Close ${items.length} items without a reply?`, async () => {
        try {
          await post('claim', {});
          const fresh = await api(`/v1/crises/${encodeURIComponent(c.id)}`);
          const mine = fresh.items.filter((item) => item.claimedBy === state.agent);
          for (const item of mine) await api(`/v1/items/${encodeURIComponent(item.itemId)}/resolve`, { method: 'POST', body: { agent: state.agent } });
          await done(`Resolved ${mine.length} items.`);
        } catch (error) {
          fail(error);
        }
      })),
    saved.length ? picker : null,
    text,
    el('div', { class: 'actions' },
      confirming('reply-all', `Reply to all (${items.length})`, () => {
        const first = items[0];
        return el('span', {}, `Send ${items.length} replies, one per item. ${first ? `${who(first.comment.author)} will read:` : ''}`,
          first ? el('blockquote', { id: 'bulk-preview' }, personalise(text.value, first.comment)) : null);
      }, async () => {
        if (!text.value.trim()) return toast('Write a reply or choose a saved one first.');
        try {
          const result = await post('reply', draft.savedReply ? { savedReply: draft.savedReply } : { text: text.value.trim() });
          draft.text = '';
          draft.savedReply = '';
          await done(`Replied to ${result.replied} items${result.skipped.length ? `; ${result.skipped.length} held by others were skipped` : ''}.`);
        } catch (error) {
          fail(error);
        }
      })));
}

// A button that asks first: its first click says what will happen, with Confirm and Cancel.
function confirming(id, label, question, action) {
  const box = el('span', { class: 'confirm' });
  const reset = () => fill(box, el('button', { id, onclick: ask }, label));
  function ask() {
    fill(box, el('span', { class: 'question', id: `${id}-question` }, typeof question === 'function' ? question() : question),
      el('button', { id: `${id}-confirm`, onclick: async () => { fill(box, el('span', { class: 'muted' }, 'Working…')); await action(); } }, 'Confirm'),
      el('button', { class: 'secondary', id: `${id}-cancel`, onclick: reset }, 'Cancel'));
  }
  reset();
  return box;
}

function minuteChart(c, comments) {
  const opened = new Date(c.openedAt).getTime();
  const from = opened - 30 * 60000;
  const minutes = new Map();
  for (const comment of comments) {
    const t = new Date(comment.createdAt).getTime();
    if (t < from || t > opened + 30 * 60000) continue;
    const minute = Math.floor(t / 60000);
    const bucket = minutes.get(minute) || { all: 0, negative: 0, score: 0, scored: 0 };
    bucket.all++;
    if (comment.sentiment) {
      bucket.scored++;
      bucket.score += comment.sentiment.score;
      if (comment.sentiment.label.endsWith('negative')) bucket.negative++;
    }
    minutes.set(minute, bucket);
  }
  const first = Math.floor(from / 60000);
  const series = Array.from({ length: 61 }, (_, i) => ({ minute: first + i, ...(minutes.get(first + i) || { all: 0, negative: 0, score: 0, scored: 0 }) }));
  return barChart(series.map((s) => ({ label: new Date(s.minute * 60000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
    stacks: [['bar-neg', s.negative], ['bar-all', s.all - s.negative]], line: s.scored ? s.score / s.scored : null })),
    { mark: 30, id: 'minute-chart' });
}

// A bar chart with stacked bars and an optional line of values in [-1, 1] (sentiment score).
function barChart(points, { mark = null, id = null } = {}) {
  const width = 900, height = 220, pad = 28;
  const max = Math.max(1, ...points.map((p) => p.stacks.reduce((sum, [, v]) => sum + v, 0)));
  const step = (width - 2 * pad) / Math.max(1, points.length);
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', ...(id ? { id } : {}) });
  chart.append(svg('text', { x: 2, y: 12 }, String(max)));
  points.forEach((p, i) => {
    let y = height - pad;
    for (const [cls, value] of p.stacks) {
      const h = (value / max) * (height - 2 * pad);
      if (h > 0) chart.append(svg('rect', { class: cls, x: pad + i * step + 1, y: y - h, width: Math.max(1, step - 2), height: h }));
      y -= h;
    }
    if (i % Math.ceil(points.length / 10) === 0) chart.append(svg('text', { x: pad + i * step, y: height - 8 }, p.label));
  });
  const line = points.map((p, i) => (p.line === null ? null : `${pad + i * step + step / 2},${pad + (1 - (p.line + 1) / 2) * (height - 2 * pad)}`)).filter(Boolean);
  if (line.length > 1) chart.append(svg('polyline', { class: 'line', points: line.join(' ') }));
  if (mark !== null) chart.append(svg('line', { class: 'mark', x1: pad + mark * step, x2: pad + mark * step, y1: pad / 2, y2: height - pad }));
  return chart;
}

// ---- KPIs --------------------------------------------------------------------------------

async function renderKpis() {
  if (!state.brand) return main(el('p', { class: 'card' }, 'Choose a brand first.'));
  const k = await api(`/v1/kpis?${brandQuery()}`);
  const seconds = (s) => (s === null || s === undefined ? '–' : s < 120 ? `${Math.round(s)} s` : `${Math.round(s / 60)} min`);
  main(el('section', { class: 'card' }, el('h2', {}, `KPIs for ${state.brand}`),
    el('p', { class: 'muted' }, `${time(k.from)} to ${time(k.to)}`),
    el('div', { class: 'tiles', id: 'kpi-tiles' },
      el('div', { class: 'tile' }, 'First response p50', el('b', {}, seconds(k.firstResponseSeconds.p50))),
      el('div', { class: 'tile' }, 'First response p90', el('b', {}, seconds(k.firstResponseSeconds.p90))),
      el('div', { class: 'tile' }, 'Response rate', el('b', {}, k.responseRate === null ? '–' : `${Math.round(k.responseRate * 100)} %`)),
      el('div', { class: 'tile' }, 'SLA breaches', el('b', {}, k.slaBreaches)),
      el('div', { class: 'tile' }, 'Items / replied', el('b', {}, `${k.items} / ${k.replied}`))),
    el('h3', {}, 'Comments per hour by sentiment, with the average score'),
    barChart(hours(k).map((h) => ({ label: new Date(h.hour).toLocaleTimeString([], { hour: '2-digit' }),
      stacks: [['bar-neg', h.negative], ['bar-neu', h.neutral], ['bar-pos', h.positive]], line: h.averageScore })), { id: 'kpi-chart' })));
}

// Every hour of the KPI window, the quiet ones too, so the chart's time axis is true.
function hours(k) {
  const byHour = new Map(k.hourly.map((h) => [new Date(h.hour).getTime(), h]));
  const hour = 3600000;
  const out = [];
  for (let t = Math.floor(new Date(k.from).getTime() / hour) * hour; t <= new Date(k.to).getTime(); t += hour) {
    out.push(byHour.get(t) || { hour: new Date(t).toISOString(), negative: 0, neutral: 0, positive: 0, averageScore: null });
  }
  return out.length > 400 ? k.hourly : out;
}

// ---- rules: files, editor, validate, upload, versions, shadow ---------------------------------

async function renderRules() {
  const scope = state.brand ? brandQuery() : '';
  const active = await api(`/v1/rules?${scope}`);
  if (!Object.keys(state.rules.files).length) state.rules = { files: { ...active.files }, file: Object.keys(active.files).sort()[0], findings: [] };
  const { versions } = await api(`/v1/rules/versions?${scope}`);
  state.vocabulary = state.vocabulary || await api(`/v1/rules/vocabulary?${scope}`);
  const write = may('write_rules');
  const editorNode = el('div', { id: 'rule-editor', class: 'rule-editor' });
  const editor = ruleEditor(editorNode, state.rules.files[state.rules.file] || '', !write);
  state.editor = editor;
  const annotate = () => editor.session.setAnnotations(state.rules.findings.filter((f) => f.file === state.rules.file)
    .map((f) => ({ row: f.line - 1, column: f.column - 1, text: f.problem, type: 'error' })));
  const upload = el('input', { type: 'file', id: 'upload', accept: '.drl,.json', multiple: true, onchange: async (e) => {
    for (const file of e.target.files) state.rules.files[file.name] = await file.text();
    state.rules.file = e.target.files[0]?.name || state.rules.file;
    state.rules.checkOnShow = true;
    await renderRules();
  } });
  const findings = el('ul', { class: 'findings', id: 'findings' });
  const result = el('p', { id: 'rules-result' });
  const review = el('div', { id: 'rules-review' });
  const showFindings = () => fill(findings, ...state.rules.findings.map((f) =>
    el('li', { onclick: () => {
      if (f.file === state.rules.file) return jumpTo(f.line, f.column);
      state.rules.file = f.file;
      renderRules().then(() => jumpTo(f.line, f.column));
    } }, `${f.file}:${f.line}:${f.column}: ${f.problem}`)));
  // every check answers for the files as they were sent; a later edit's answer replaces an earlier one
  let sent = 0;
  const check = async (store = null) => {
    const mine = ++sent;
    try {
      const body = { files: state.rules.files };
      const answer = store === null ? await api(`/v1/rules/validate?${scope}`, { method: 'POST', body })
        : await api(`/v1/rules?${scope}${scope ? '&' : ''}activate=${store}`, { method: 'PUT', body });
      if (mine !== sent) return;
      state.rules.findings = [];
      result.className = '';
      fill(result, store === null ? `Valid: ${answer.rules.length} rules.` : `Stored as version ${answer.version}${store ? ' and active' : ''}.`);
      if (store !== null) {
        toast(store ? `Version ${answer.version} is now active for ${state.brand || 'the default set'}.` : `Stored as version ${answer.version}; not active.`);
        state.rules.files = {};
        await renderRules();
        return;
      }
    } catch (error) {
      if (mine !== sent) return;
      state.rules.findings = error.code === 'invalid_rules' ? error.details : [];
      result.className = 'error';
      fill(result, error.message);
    }
    renderFileList();
    showFindings();
    annotate();
  };
  // errors are marked as the strategist types: the set is validated once typing pauses
  let typing;
  editor.session.on('change', () => {
    state.rules.files[state.rules.file] = editor.getValue();
    fill(review);
    if (!write) return;
    clearTimeout(typing);
    typing = setTimeout(() => check(), 700);
  });
  // saving first shows what changes against the active version, and waits for a confirmation
  const confirmSave = (activate) => {
    const changes = diffAgainst(active.files, state.rules.files);
    fill(review, el('div', { class: 'card review' },
      el('h3', {}, changes.length ? `Changes against the active version (${changes.length} file${changes.length > 1 ? 's' : ''})` : 'No changes against the active version'),
      ...changes.map((c) => el('pre', { class: 'diff', 'data-file': c.file }, ...c.lines.map((l) => el('span', { class: l.kind }, l.text)))),
      el('div', { class: 'actions' },
        el('button', { id: 'confirm-save', onclick: () => { fill(review); check(activate); } }, activate ? 'Save and activate' : 'Save without activating'),
        el('button', { class: 'secondary', id: 'cancel-save', onclick: () => fill(review) }, 'Cancel'))));
  };
  const fileList = el('ul', { class: 'files', id: 'files' });
  const renderFileList = () => fill(fileList, ...Object.keys(state.rules.files).sort().map((name) =>
    el('li', { class: name === state.rules.file ? 'active' : '', 'data-file': name,
      onclick: () => { state.rules.file = name; renderRules(); } },
      name, state.rules.findings.some((f) => f.file === name) ? ' ⚠' : '')));
  renderFileList();
  showFindings();
  annotate();
  main(el('div', { class: 'two' },
    el('section', {},
      el('div', { class: 'card' }, el('h2', {}, `Rule set${state.brand ? ' of ' + state.brand : ' (default)'}`),
        el('p', { class: 'muted', id: 'active-set' }, activeSet(active, versions), `, ${active.rules.length} rules.`), fileList,
        write ? el('label', {}, 'Upload files', upload) : null),
      el('div', { class: 'card' }, el('h2', {}, 'Versions'), el('ul', { id: 'versions' }, versions.map((v) => el('li', {},
        `v${v.version} ${time(v.createdAt)} by ${v.createdBy}`, v.active ? ' (active) ' : ' ', v.shadow ? ' (shadow) ' : ' ',
        write && !v.active ? el('button', { class: 'secondary', 'data-activate': v.version, onclick: async () => {
          try { await api(`/v1/rules/versions/${v.version}/activate?${scope}`, { method: 'POST', body: {} }); state.rules.files = {}; await renderRules(); toast(`version ${v.version} active`); } catch (error) { fail(error); }
        } }, 'Activate') : null,
        write && !v.active ? el('button', { class: 'secondary', 'data-shadow': v.version, onclick: async () => {
          try { await api(`/v1/rules/versions/${v.version}/shadow?${scope}`, { method: 'POST', body: {} }); await renderRules(); } catch (error) { fail(error); }
        } }, 'Shadow') : null)))),
      el('div', { class: 'card' }, el('h2', {}, 'Shadow comparison'), await shadowReport(scope)),
      scenarioCard(scope)),
    el('section', { class: 'card' },
      el('h2', {}, state.rules.file || 'No file'),
      editorNode,
      write ? el('div', { class: 'actions' },
        el('button', { id: 'validate', onclick: () => check() }, 'Validate'),
        el('button', { id: 'save-activate', onclick: () => confirmSave(true) }, 'Save and activate…'),
        el('button', { class: 'secondary', id: 'save', onclick: () => confirmSave(false) }, 'Save without activating…')) : null,
      review, result, findings)));
  editor.resize();
  if (state.rules.checkOnShow) {
    state.rules.checkOnShow = false;
    await check();
  }
}

// The rule editor: Ace with its Drools mode; completion offers the facts' properties and the actions,
// from GET /v1/rules/vocabulary. Ace's styles come from files (strict CSP: it injects none).
function ruleEditor(node, text, readOnly) {
  ace.config.set('useStrictCSP', true);
  const editor = ace.edit(node, {
    mode: 'ace/mode/drools', theme: 'ace/theme/textmate', readOnly, useWorker: false, showPrintMargin: false,
    minLines: 24, maxLines: 48, fontSize: '12px', tabSize: 2, useSoftTabs: true,
    enableBasicAutocompletion: true,
  });
  editor.completers = [ruleCompleter];
  // Tab takes a completion; Enter is always a new line, so typing on never swallows a suggestion
  ace.require('ace/autocomplete').Autocomplete.for(editor).keyboardHandler.bindKey('Return', null);
  editor.session.setValue(text);
  // the list opens by itself after "actions." or "author.", and inside a pattern once a property's first letters are typed
  // (Ctrl+Space opens it anywhere); it never opens on other words, so Enter stays a new line
  editor.commands.on('afterExec', (e) => {
    if (e.command.name !== 'insertstring' || !/^[\w.]$/.test(e.args) || editor.completer?.activated) return;
    const pos = editor.getCursorPosition();
    const line = editor.session.getLine(pos.row).slice(0, pos.column);
    const prefix = /[\w$]*$/.exec(line)[0];
    const before = editor.session.getTextRange({ start: { row: 0, column: 0 }, end: pos });
    const dotted = /\b(?:actions|author|brand|crisis)\s*\.\s*\w*$/i.test(line);
    const fact = prefix.length >= 2 && openPattern(before.slice(0, before.length - prefix.length));
    const known = fact && (state.vocabulary.facts[fact] || []).some((p) => p.toLowerCase().startsWith(prefix.toLowerCase()));
    if (dotted || known) editor.execCommand('startAutocomplete');
  });
  editor.renderer.setScrollMargin(4, 4);
  return editor;
}

const FACT_NAMES = () => Object.keys(state.vocabulary.facts);

/** Completions where the cursor is: actions after "actions.", a fact's properties inside its pattern or after "author.", else facts. */
const ruleCompleter = {
  getCompletions(editor, session, pos, prefix, callback) {
    const vocabulary = state.vocabulary;
    // nothing inside strings and comments, and only names that start as typed: Enter must stay a new line
    const token = session.getTokenAt(pos.row, pos.column);
    if (token && /string|comment/.test(token.type)) return callback(null, []);
    const starts = (w) => w.value.toLowerCase().startsWith(prefix.toLowerCase());
    const answer = callback;
    callback = (error, words) => answer(error, words.filter(starts));
    const before = session.getTextRange({ start: { row: 0, column: 0 }, end: pos }).slice(0, -prefix.length || undefined);
    const line = session.getLine(pos.row).slice(0, pos.column - prefix.length);
    const properties = (fact) => (vocabulary.facts[fact] || []).map((p) => ({ caption: p, value: p, meta: fact, score: 1000 }));
    if (/\bactions\s*\.\s*$/.test(line)) {
      return callback(null, vocabulary.actions.map((a) => ({ caption: a.signature, value: a.name, meta: 'action', score: 1000 })));
    }
    const dotted = /\b(author|brand|crisis)\s*\.\s*$/i.exec(line);
    if (dotted) {
      const fact = FACT_NAMES().find((f) => f.toLowerCase() === dotted[1].toLowerCase());
      return callback(null, properties(fact));
    }
    if (!prefix) return callback(null, []);
    const fact = openPattern(before);
    const words = fact ? properties(fact) : [];
    callback(null, words.concat(FACT_NAMES().map((f) => ({ caption: f, value: f, meta: 'fact', score: 500 })),
      (vocabulary.severities || []).map((s) => ({ caption: s, value: s, meta: 'Severity', score: 100 }))));
  },
};

/** The fact whose pattern the text ends inside ("$c : Comment( spam, li" is in Comment), or null. */
function openPattern(text) {
  const opening = new RegExp(`\\b(${FACT_NAMES().join('|')})\\s*\\(`, 'g');
  let found = null;
  for (let m; (m = opening.exec(text));) {
    let depth = 0;
    let open = true;
    for (let i = m.index + m[0].length - 1; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) { open = false; break; }
    }
    if (open) found = m[1];
  }
  return found;
}

/** Per changed file, its lines added and removed against the active version (jsdiff), with a little context. */
function diffAgainst(activeFiles, files) {
  const names = [...new Set([...Object.keys(activeFiles), ...Object.keys(files)])].sort();
  const changes = [];
  for (const file of names) {
    const before = activeFiles[file] ?? '';
    const after = files[file] ?? '';
    if (before === after) continue;
    const lines = [{ kind: 'file', text: `${file}${!(file in activeFiles) ? ' (new)' : !(file in files) ? ' (removed)' : ''}` }];
    for (const part of Diff.diffLines(before, after)) {
      const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
      const text = part.value.replace(/\n$/, '').split('\n');
      const shown = kind === 'same' && text.length > 4 ? [...text.slice(0, 2), '…', ...text.slice(-2)] : text;
      for (const l of shown) lines.push({ kind, text: `${kind === 'added' ? '+ ' : kind === 'removed' ? '- ' : '  '}${l}` });
    }
    changes.push({ file, lines });
  }
  return changes;
}

// Scenarios: the shipped ones, or files the strategist uploads, run through the files in the editor.
function scenarioCard(scope) {
  const results = el('ul', { id: 'scenario-results' });
  const uploaded = el('input', { type: 'file', id: 'scenario-upload', accept: '.scenario', multiple: true, onchange: async (e) => {
    state.rules.scenarios = {};
    for (const file of e.target.files) state.rules.scenarios[file.name] = await file.text();
  } });
  const run = async () => {
    try {
      const body = { files: state.rules.files, ...(state.rules.scenarios ? { scenarios: state.rules.scenarios } : {}) };
      const answer = await api(`/v1/rules/scenarios?${scope}`, { method: 'POST', body });
      fill(results, el('li', { id: 'scenario-summary' }, `${answer.passed} passed, ${answer.failed} failed`),
        answer.results.map((r) => el('li', { class: r.passed ? '' : 'error' }, `${r.passed ? 'PASS' : 'FAIL'} ${r.file}${r.name ? ': ' + r.name : ''}`,
          r.error ? el('div', {}, r.error) : null, (r.failures || []).map((f) => el('div', {}, f)))),
        answer.unexercised.length ? el('li', { class: 'muted' }, `Rules no scenario made fire: ${answer.unexercised.join(', ')}`) : null);
    } catch (error) {
      fill(results, el('li', { class: 'error' }, error.message));
    }
  };
  return el('div', { class: 'card' }, el('h2', {}, 'Scenarios'),
    el('p', { class: 'muted' }, 'Runs the shipped scenarios, or the .scenario files you choose, through the files in the editor. Nothing is stored.'),
    el('label', {}, 'Scenario files', uploaded),
    el('button', { id: 'run-scenarios', onclick: run }, 'Run scenarios'), results);
}

function jumpTo(line, column = 1) {
  if (!state.editor) return;
  state.editor.gotoLine(line, Math.max(0, column - 1), true);
  state.editor.focus();
}

async function shadowReport(scope) {
  try {
    const report = await api(`/v1/rules/shadow/report?${scope}`);
    return el('pre', { id: 'shadow-report' }, JSON.stringify(report, null, 2));
  } catch (error) {
    return el('p', { class: 'muted' }, error.status === 404 ? 'No version runs in shadow.' : error.message);
  }
}

// ---- search and history --------------------------------------------------------------------

async function renderSearch() {
  if (!state.brand) return main(el('p', { class: 'card' }, 'Choose a brand first.'));
  const q = el('input', { type: 'text', id: 'search-q', placeholder: 'words in the text' });
  const author = el('input', { type: 'text', id: 'search-author', placeholder: 'author handle or id' });
  const status = el('select', { id: 'search-status' }, ['', 'received', 'queued', 'hidden', 'replied', 'resolved', 'ignored', 'failed']
    .map((s) => el('option', { value: s }, s || 'any status')));
  const table = el('table', { id: 'results' });
  const more = el('button', { class: 'secondary', id: 'more', hidden: true }, 'More');
  const queues = may('work_queues') ? (await api(`/v1/queues?${brandQuery()}`).catch(() => ({ queues: [] }))).queues.map((q) => q.name) : [];
  const run = async (append) => {
    const params = new URLSearchParams({ brand: state.brand, limit: '50' });
    if (q.value.trim()) params.set('q', q.value.trim());
    if (author.value.trim()) params.set('author', author.value.trim());
    if (status.value) params.set('status', status.value);
    if (append && state.search.next) params.set('after', state.search.next);
    try {
      const page = await api(`/v1/comments?${params}`);
      state.search.rows = append ? state.search.rows.concat(page.comments) : page.comments;
      state.search.next = page.next;
      more.hidden = !page.next;
      fill(table, el('tr', {}, ['When', 'Author', 'Text', 'Sentiment', 'Status', 'Why'].map((h) => el('th', {}, h))),
        ...state.search.rows.map((c) => el('tr', { 'data-comment': c.id },
          el('td', {}, time(c.createdAt)),
          el('td', {}, el('a', { href: '#search', onclick: (e) => { e.preventDefault(); author.value = c.author?.handle || c.author?.id || ''; q.value = ''; run(false); } },
            who(c.author))),
          el('td', {}, c.text ?? '(erased)'),
          el('td', { class: `sent-${c.sentiment?.label}` }, c.sentiment?.label || ''),
          el('td', {}, c.status, c.backfill ? ' (backfill)' : '', c.lang && c.lang !== 'en' ? ` · ${c.lang}` : ''),
          el('td', { class: 'why' }, reasons(c), routeControl(c, queues, () => run(false)), itemControl(c, () => run(false))))));
    } catch (error) {
      fail(error);
    }
  };
  more.onclick = () => run(true);
  main(el('section', { class: 'card' }, el('h2', {}, 'Search comments'),
    el('form', { class: 'actions', onsubmit: (e) => { e.preventDefault(); run(false); } }, q, author, status, el('button', { id: 'search-go' }, 'Search')),
    table, more));
  await run(false);
}

// Whose rule set runs for the chosen brand, which version, and who activated it when.
function activeSet(active, versions) {
  const whose = active.scope === 'default'
    ? (state.brand ? `${state.brand} runs the default rule set` : 'The default rule set')
    : `${state.brand}'s own rule set`;
  const v = versions.find((x) => x.version === active.version);
  return `${whose}: version ${active.version} active${v?.activatedBy ? `, activated by ${v.activatedBy} ${time(v.activatedAt)}` : ''}`;
}

// Why the rules left a comment where it is: the reasons of its hide, ignore and flag decisions.
function reasons(c) {
  const why = (c.decisions || []).filter((d) => ['hide', 'ignore', 'flag'].includes(d.action) && d.reason).map((d) => `${d.action}: ${d.reason}`);
  return why.length ? el('div', { class: 'muted' }, why.join('; ')) : null;
}

// A manager's correction: an ignored, hidden or failed comment sent to a queue (a hidden one is unhidden).
function routeControl(c, queues, done) {
  if (!['ignored', 'hidden', 'failed'].includes(c.status) || !queues.length) return null;
  const queue = el('select', { 'aria-label': 'queue' }, queues.map((q) => el('option', { value: q }, q)));
  const send = el('button', { class: 'secondary route', onclick: async (e) => {
    e.preventDefault();
    try {
      const item = await api(`/v1/comments/${encodeURIComponent(c.brand)}/${encodeURIComponent(c.platform)}/${encodeURIComponent(c.id)}/route`,
        { method: 'POST', body: { agent: state.agent, queue: queue.value } });
      toast(`Sent to ${item.queue}${c.status === 'hidden' ? ' and unhidden' : ''}.`);
      done();
    } catch (error) {
      fail(error);
    }
  } }, 'Send to a queue');
  return el('div', { class: 'actions' }, queue, send);
}

// A search hit waiting in a queue: open its item in the inbox, or claim it there and then.
function itemControl(c, done) {
  if (!c.queue || !c.itemId || !may('read_queues')) return null;
  const item = { itemId: c.itemId, queue: c.queue };
  return el('div', { class: 'actions' },
    el('span', { class: 'muted' }, `in ${c.queue} at ${c.priority}`),
    el('button', { class: 'secondary open-item', onclick: (e) => { e.preventDefault(); openItem(item); } }, 'Open'),
    may('work_queues') ? el('button', { class: 'secondary claim-item', onclick: async (e) => {
      e.preventDefault();
      try {
        const { items } = await api(`/v1/queues/${encodeURIComponent(c.queue)}/claim`,
          { method: 'POST', body: { brand: state.brand, agent: state.agent, limit: 1, itemId: c.itemId } });
        if (!items.length) { toast('Someone else holds this item now.'); return done(); }
        openItem(item);
      } catch (error) {
        fail(error);
      }
    } }, 'Claim') : null);
}

// ---- start ---------------------------------------------------------------------------------

document.getElementById('signin').addEventListener('submit', async (e) => {
  e.preventDefault();
  const error = document.getElementById('signin-error');
  error.textContent = '';
  try {
    await signIn(document.getElementById('key').value.trim());
  } catch (failure) {
    error.textContent = failure.status === 401 ? 'This key is not valid (unknown or revoked).' : failure.message;
  }
});

if (state.key) signIn(state.key).catch(() => {});
