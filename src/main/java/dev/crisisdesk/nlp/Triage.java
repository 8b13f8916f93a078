package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Comment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a community team needs to know about a comment before anyone reads it, from its words:
 * does it ask for something ({@code request}), report something broken ({@code problem}), ask a
 * question without a question mark, swear ({@code profanity}), attack a person or group
 * ({@code abuse}, with why), or sell, phish or farm followers ({@code spam}, with why).
 *
 * <p>Each signal is a reviewed pattern list, not a model, so a strategist can see why it fired.
 * Profanity alone is never abuse: a customer swearing about their broken service has a complaint.
 * Abuse needs an attack on a person or group: a threat, an incitement to self-harm, a slur or a
 * dehumanizing claim about a group, someone's private details, or an insult aimed at "you" or a
 * mentioned user in a comment that reports no problem and asks for nothing. Spam is scored: an
 * unambiguous pitch is enough, a weaker one needs a link, a shortener, many hashtags or another pitch,
 * and a comment that reports a problem gets the benefit of the doubt.
 */
public final class Triage {
  /** The signals of one text; reasons are null when the signal did not fire. */
  public record Signals(boolean request, boolean problem, boolean question, boolean profanity, boolean aboutService, String abuse,
      String insult, String spam, String promotion, boolean namesGroup) {
    public static final Signals NONE = new Signals(false, false, false, false, false, null, null, null, null, false);
  }

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Quote marks that open and close someone else's words, and anything but a quote mark. */
  private static final String OPENING_QUOTE = "[\"\u201C\u00AB]", CLOSING_QUOTE = "[\"\u201D\u00BB]", NOT_QUOTE = "[^\"\u201C\u201D\u00AB\u00BB]";

  // --- needs an answer
  // handles and words that spam patterns below share
  /** Words in a handle that offers to recover hacked accounts or lost money ("@cyber_recovery_pro", "@hacker_recupera"). */
  private static final String RECOVERY_WORDS = "(?:recover|recupera|hack|cyber|restor|retriev|wizard|guru|spy|unlock|expert)";
  /** A handle that names recovery or hacking: the one a recovery scam thanks. */
  private static final String RECOVERY_HANDLE = "@[\\w.]*" + RECOVERY_WORDS + "[\\w.]*";
  /**
   * Any handle but one that reads like a brand's care account ("@AcmeSupport", "@AmazonHelp") and names no
   * recovery: a customer thanking the brand ("got my account back thanks to @AcmeSupport") is not a scam.
   */
  private static final String NOT_CARE_HANDLE = "@(?!(?![\\w.]*" + RECOVERY_WORDS + ")[\\w.]*(?:support|help|helps|care|cares|service|team|official)(?![\\w.]))\\w+";
  /** Casinos as a pitch word, not in a customer's complaint about casino adverts. */
  private static final String CASINO = "casino(?! ads?\\b| adverts?\\b| advertis| commercials?\\b)";

  private static final Phrases REQUEST = Phrases.compile(
      "\\b(?:please|pls|plz|help(?! me out)|assist|(?<!\\bwho |\\banyone |\\bwho else |\\bdoes anyone )need(?:s|ed)? (?:to|a|an|my|help|someone|you)|(?<!makes me |made me |make me )want (?:a|my|to)|would like|"
          + "can (?:you|u|someone|i|we)|could (?:you|u|someone|i)|let me know|get back to me|dm me|dm'd|direct message|"
          + "contact (?:me|us)|call me|fix (?:it|this|my|the)|sort (?:it|this) out|refund|reimburs|replace(?:ment)?|"
          + "cancel (?:my|the|this)|unsubscribe|look into|follow(?:ing)? up|escalate|"
          + "(?:waiting|still waiting) (?:for|on)|any update|answer me|stop (?:\\w+ing) (?:me|us)\\b"
          // round 84: "give me my money back", "just give us the paper cards back"
          + "|give (?:me|us) (?:my|our|the) (?:[\\w-]+ ){0,3}back\\b"
          // round 84: asking whether something in the brand's name is real ("is the creator program real? ... sounds like a scam")
          + "|(?<![\\w,'] )is (?:this|that|it|the (?:[\\w-]+ ){1,3}?)(?:real|legit|genuine|official|a scam|fake|you)(?=\\s*\\?)"
          // round 68: "kindly activate my international roaming", "please revert at the earliest"
          + "|kindly (?:activate|deactivate|check|look|help|do|share|resolve|refund|revert|update|cancel|unblock|assist|process|reverse|send|confirm|provide|arrange|change|correct|issue)"
          + "|(?:activate|deactivate|reactivate|unblock|unbar) my (?:\\w+ ){0,2}(?:roaming|card|account|sim|line|data|number|plan|service|connection|pack))\\b", F);
  /** Places and things whose state a customer complains of: rooms, vehicles, food. */
  private static final String CONDITION_THINGS = "(?:(?:bed|bath|wash|rest|changing |locker |hotel |dining |waiting |living |shower )?rooms?|toilets?|loos?|showers?|pools?|"
      + "saunas?|jacuzzis?|hot tubs?|floors?|tables?|seats?|kitchens?|counters?|trays?|cutlery|plates?|glass(?:es)?|cups?|mugs?|sheets|bedding|beds?|pillows?|"
      + "blankets?|duvets?|mattress(?:es)?|towels?|carpets?|curtains|walls|ceilings?|windows|fridges?|microwaves?|lifts?|elevators?|stairs|aisles?|"
      + "shelves|trolleys?|carts?|cars?|vans?|cabs?|taxis?|vehicles?|planes?|aircraft|cabins?|trains?|bus(?:es)?|coach(?:es)?|carriages?|trams?|"
      + "ferr(?:y|ies)|platforms?|stations?|lobby|reception|place|premises|venue|stores?|shops?|branch(?:es)?|restaurants?|cafe|diner|gyms?|"
      + "hotels?|hostels?|cinemas?|food|meals?|meat|chicken|beef|fish|burgers?|pizzas?|sandwich(?:es)?|salads?|soup|curry|rice|fries|chips|"
      + "coffee|latte|tea|milk|juice|drinks?|bread|fruit|veg(?:etables)?|strawberries|eggs|cheese|yog(?:h)?urt|order|takeaway|delivery|packaging|"
      + "roast|dinner|lunch|breakfast|steak|pasta|noodles|wings|nuggets|kebab|sushi|tacos?|burritos?|bowl|wrap|dessert|cake|"
      + "car park|playground|park|bins?|sink|bath|tub)";
  /** A bad state: dirty, spoilt, infested. */
  private static final String CONDITION_WORDS = "(?:filthy|dirty|disgusting|gross|vile|revolting|rank|grim|grimy|minging|manky|nasty|mouldy|moldy|"
      + "rotten|rancid|sour|stale|smelly|stinking|sticky|greasy|unhygienic|unsanitary|infested|soiled|stained|raw|undercooked|burnt|soggy|"
      + "out of date|off|covered in|crawling with|full of (?:mould|mold|hair|bugs|flies|rubbish|litter|dirt|crumbs|stains)|a mess|a state|"
      + "a disgrace|disgraceful|a health hazard|overflowing|a (?:pigsty|tip|dump|shit ?hole)|like a (?:pigsty|tip|dump|toilet|sewer|bin|rubbish tip))";
  /**
   * A customer's report of a dirty place, spoilt food or vermin: the thing comes first ("the changing rooms are vile",
   * "the blanket they gave me was filthy"), the state comes first ("mouldy hotel bathroom"), or something is found in
   * or on it ("cockroach on the counter", "a plaster in my salad"). A person is no thing here: "your face is vile" and
   * "you dirty rat" report nothing.
   */
  private static final Phrases CONDITION = Phrases.compile("\\b(?:the|your|ur|this|that|these|those|my|our|their|its|every|each|all the|a|an) (?:[\\w'-]+ ){0,3}?"
      + CONDITION_THINGS + "\\b[^.!?,;]{0,40}?(?:'s| (?:is|are|was|were|smells?|smelled|smelt|smelling|stinks?|stank|stunk|looks?|looked|tastes?|tasted|"
      + "felt|feels|always|still|got|gets|left))(?: \\w+){0,2}? " + CONDITION_WORDS + "\\b"
      + "|(?<!\\b(?:you|u|ur|your|ya) )\\b(?:filthy|dirty|disgusting|gross|mouldy|moldy|rotten|rancid|smelly|stinking|sticky|greasy|unhygienic|"
      + "unsanitary|infested|soiled|stained|undercooked|soggy|stale|sour) (?:[\\w'-]+ )?" + CONDITION_THINGS + "\\b"
      + "|\\b(?:cockroach(?:es)?|roach(?:es)?|rats?|mice|mouse|bed ?bugs|maggots?|flies|fly|insects?|bugs?|worms?|slugs?|ants|hairs?|plastic|"
      + "glass|metal|plaster|band-?aid|nail|screw|bone|stone|fingernail|toenail|eyelash|feather|staple)\\b(?: [\\w'-]+){0,3}? (?:in|on|under|inside|"
      + "behind|near|crawling|running|all over|around)(?: (?:in|on|over|around|under|across))? (?:the|my|our|your|this|his|her|their)(?: [\\w'-]+){0,2}? "
      + CONDITION_THINGS + "\\b", F);
  private static final Phrases PROBLEM = Phrases.compile(
      "\\b(?:not (?:working|received|delivered|arrived|loading|showing|able)|(?:doesn't|doesnt|does not|don't|dont|didn't|didnt|did not|won't|wont|can't|cant|cannot|couldn't|isn't|wasn't|haven't|hasn't|never|still not) "
          + "(?:\\w+ ){0,2}(?:work|working|load|arrive[ds]?|receive[ds]?|get|got|come|came|show|open|connect|charge[ds]?|deliver(?:ed)?|log ?in|sign ?in|apply|go through|respond|answer|help|refund|fit|fits|take (?:the |my |our |your |any )?(?:discount|code|coupon|promo|voucher|offer|payment|card)|redeem|scan|register|ring up)|"
          + "broken|broke|crash(?:es|ed|ing)?|down|outage|offline|no (?:service|signal|internet|wifi|power|response|reply|answer|refund)|"
          + "error|bug|glitch|issue|problem|trouble|false|incorrect|poor|lied|forgot|expired|tired of|fed up|sick of|messed up|screwed up|never again|"
          + "fail(?:s|ed|ing|ure)?|missing|lost|stolen|"
          // round 85: "not the tone I expect from wavefm"
          + "not (?:the|a|an|what) (?:\\w+ ){0,2}(?:i|we)(?:'d| would)? (?:expect|expected) (?:from|of)|"
          // round 45: "my store was terminated with no warning"
          + "(?:my|our) (?:\\w+ )?(?:account|store|shop|page|channel|profile|listing|line|number|card|business) (?:was|is|has been|got|just got|have been|were) (?:\\w+ )?"
          + "(?:terminated|suspended|banned|deleted|disabled|deactivated|closed|blocked|cut off|shut down|removed)|damaged|wrong|late|delay(?:ed|s)?|"
          + "cancell?ed|overcharg\\w*|charged (?:me )?(?:twice|double|again|for)|(?:never|didn't|didnt|did not) (?:got|get|receive|received) (?:the|my|a|any|an|our)\\b|charged (?:me |us )?(?:the )?full price|(?:has been|have been|been|is still|are still|still|stuck) [\"\\u201C]?(?:under review|pending|processing|in review|on hold|in progress|awaiting \\w+|being (?:processed|reviewed|prepared|investigated))[\"\\u201D]? (?:for|since) (?:over |nearly |almost )?(?:\\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days?|weeks?|months?|hours?)|still (?:says|shows|showing|saying|stuck on|stuck at|stuck in|on) [\"\\u201C]?(?:processing|pending|dispatched|preparing|in transit|out for delivery|awaiting|order placed|label created)|(?:paid|pay|paying) (?:extra )?for (?:express|next[- ]day|priority|premium|same[- ]day|fast|faster|tracked) (?:delivery|shipping|postage)\\b[^.!?]{0,40}\\b(?:took|takes|taking|arrived|came|still|hasn't|has not|never|late)|(?:it's|its|it is|it has|it was|it) (?:gone|down|off|dead|dropped|out) again|(?:back|working|up) for (?:\\d+|a few|ten|five|two|twenty) (?:minutes|mins|seconds|secs|hours)\\b|(?:took|taken|take|taking) (?:\\w+ )?(?:two|2|three|3|duplicate|multiple) (?:payments|direct debits|charges)|(?:took|taken) (?:my )?(?:money|payment) (?:twice|two times|again)|(?:got|was|were|been|being|keep getting|kept getting) (?:\\w+ )?charged|(?:i(?:'ve| have)? |already )reported (?:it|them|this|that|the account|him|her|\\w+ times)|reporting (?:it|them|this|that)|full of\\b[^!?]{0,80}?\\b(?:bots|spam|scams?|scammers|fake accounts)\\b|(?:stopped|stops|keeps? stopping) (?:working|loading|connecting|charging|syncing|responding|streaming|playing|updating)|charged (?:me |us )?[$£€]\\d|double charged|fraud\\w*|(?<!not a |not |no )scam(?:med)?|hacked|(?<!talentless |total |complete |absolute |such a |what a |you )hack|locked|"
          // round 46: "still getting your texts, how do I unsubscribe", "my booking vanished", "a payment I never owed"
          + "still (?:getting|receiving) (?:\\w+ )?(?:messages|texts|emails|calls|letters|spam)|(?:can't|cannot|how (?:do|can) i|unable to) unsubscribe|"
          + "vanished|disappeared|gone missing|never (?:owed|ordered|signed up|agreed to)|(?:don't|do not|didn't|did not) owe|"
          + "stuck|on hold|waiting|waited|still (?:no|not|haven't|waiting)|never (?:got|received|arrived)|where(?:'s| is) my|"
          + "refund|disappointed|terrible|awful|worst|horrible|unacceptable|ridiculous|rude|unsafe|dangerous|drunk|sick|food poisoning|"
          + "slow|spotty|dropped|disconnect\\w*|unable|declined|frozen|freez\\w*|keeps? (?:\\w+ing)|complain\\w*|charg(?:e|ed|ing) me|"
          // staff who let something happen, abuse witnessed ("a man shouted racist abuse at a family and the guard walked away")
          + "nothing (?:fits|works|loads)|walked away|did nothing|does nothing|do nothing|stood (?:there|by)|turned a blind eye|"
          + "(?:shouted|shouting|hurled|hurling|yelled|yelling|screamed|screaming) (?:\\w+ ){0,2}(?:abuse|slurs?|insults?) at|"
          // a brush with harm ("your driver almost killed me, he was texting the whole time")
          + "(?:almost|nearly) (?:killed|hit|crashed|ran (?:me|us) over|died)|texting (?:while|the whole|and driving)|"
          // kept waiting for hours ("three hours sat on the tarmac with no water")
          + "(?:\\d+|two|three|four|five|six|several|many) (?:hours?|hrs?|days?|weeks?) (?:sat|sitting|stuck|stranded|waiting|queu\\w*|on hold|late|delayed|on the tarmac|in (?:a |the )?(?:queue|line))|"
          // round 51: "bricked my gpu", "shut off at 30% again", "stop showing me the same ad"
          + "bricked|(?:shut|shuts|shutting|turned|turns|turning|switched|switches) (?:itself )?(?:off|down) (?:at \\d+|again|randomly|on (?:its|it's) own|by itself|for no reason)|"
          // round 50: "sat on the tarmac for 3 hours with no AC"
          + "(?:sat|sitting|stuck|stranded|waiting|held|trapped|kept) on (?:the|a|your) (?:tarmac|runway|plane|train|bus|platform)|no (?:ac|a/c|air ?con\\w*|heat(?:ing)?|hot water|running water)|"
          // round 65: "charged a £15 cleaning fee, I didn't make any mess"
          + "(?:charged|billed|debited|fined) (?:me |us )?(?:an? |the )?(?:extra |additional |hidden |surprise |random )?[£$€]?[\\d.,]* ?(?:\\w+ )?(?:fee|charge|fine|penalty)|"
          + "i (?:didn't|did not|never|haven't|have not) (?:order|book|use|authori[sz]e|request|sign up for|agree to|make any)\\b|"
          // round 64: "the returns portal says my order doesn't exist"
          + "(?:doesn't|does not|doesnt|don't|dont|didn't) exist|not (?:found|recogni[sz]ed)|"
          // round 78: a customer's legal or review threat ("see you in small claims court", "I'll destroy you in my review if this isn't fixed by Friday")
          + "see (?:you|u) in (?:small claims )?court|(?:my|our) (?:lawyers?|solicitors?|attorneys?)|small claims|trading standards|ombudsman|"
          + "in my (?:\\w+ )?review|(?:that's|thats|that is|this is|it's|its) (?:daylight |highway |absolute |straight up |legali[sz]ed )?(?:robbery|theft|stealing|fraud)|"
          + "(?:voided|rejected|denied|refused) (?:my|our) (?:\\w+ )?(?:bets?|claims?|tickets?|orders?|bookings?|warranty|returns?|refunds?|applications?|withdrawals?)|until (?:you|u) (?:sort|fix|refund|resolve)|"
          + "if (?:this|it) (?:isn't|is not|isnt|doesn't get|does not get|isn't getting) (?:fixed|sorted|resolved|refunded)|"
          // round 61: "you banned me for my username", "I got banned for cheating and I've never cheated"
          + "(?:you|they|u|support|the mods?|your (?:mods?|system|anti-?cheat|bot|team))\\s+(?:have\\s+|just\\s+|wrongly\\s+|unfairly\\s+)?(?:banned|suspended|blocked|kicked|disabled|terminated|restricted|shadow ?banned|locked) (?:me|my|our|us)|"
          + "(?:i|we)(?:'ve| have)? (?:got|been|was|were|am|'m|get|keep getting) (?:\\w+ )?(?:banned|suspended|locked out|shadow ?banned|kicked out|kicked off)|"
          // round 82: the wrong thing sent ("you sent me a size 8 instead of a 16")
          + "(?:sent|gave|delivered|charged|shipped|brought|served|posted|issued|booked) (?:me|us) (?:an? |the |my )?(?:[\\w-]+ ){0,4}?instead of\\b|"
          // round 83, customers in a brand's crisis: "I'm done with you", "she should be sacked, not protected"
          + "(?:i'm|im|i am|we're|we are) (?:so |officially |completely )?done with (?:you|u|this (?:company|brand|place|cafe|shop|store|airline|bank))\\b|"
          + "(?:she|he|they|the \\w+|your \\w+) (?:should|needs? to|must) be (?:sacked|fired|disciplined|suspended|struck off|let go)\\b|"
          // round 83: "800 calories a day is not safe"
          + "(?:is|was|are|were|'s) (?:not|definitely not|really not) safe\\b|(?:isn't|wasn't|aren't|weren't|isnt|wasnt|arent) safe\\b|(?:is|was|are|were|'s) (?:so |really |completely )?unsafe\\b|"
          // round 83: "your debt collectors are making her life a misery, stop calling her"
          + "(?:are|is|have been|has been|keep|kept|been) (?:\\w+ )?making (?:my|her|his|our|their) (?:life|lives) (?:a |an )?(?:misery|hell|living hell|nightmare|miserable|unbearable)\\b|"
          + "stop (?:calling|ringing|texting|emailing|writing to|chasing|harassing) (?:her|him|me|us|my \\w+)\\b|"
          // round 83: "it's full of rubbish", "staff never say anything"
          + "full of (?:rubbish|litter|needles|broken glass|glass|dog mess|dog poo|fly-?tipping|rats|mice|sewage)|"
          + "(?:staff|they|nobody|no one|noone|you|your \\w+|the \\w+) (?:never|don't|dont|didn't|didnt|won't|wont|do not|did not|will not) (?:say|do|said|did) (?:anything|a thing)\\b|"
          // round 83: a hazard ("she nearly slipped twice on that wet floor", "the loose step by the entrance")
          + "(?:nearly |almost |just |both |i |we |he |she |they |someone |my \\w+ )(?:slipped|tripped|fell) (?:on|over|down)\\b|"
          + "(?:wet|slippery|icy|broken|loose|uneven|rotten|collapsed) (?:floor|floors|step|steps|stairs|tiles|paving|pavement|handrail|railing|decking|ceiling tiles)\\b|"
          // round 82: a customer leaving ("I'm leaving when mine ends", "switching to Vodafone", "done with you lot")
          + "(?:i'm|im|i am|we're|we are|i'll be|we'll be) (?:\\w+ )?(?:leaving|switching|moving|cancell?ing|porting) (?:to|from|my|our|when|once|after|as soon as|at the end|the (?:contract|account|plan|policy|subscription))\\b|"
          + "(?:i'll|i will|we'll|we will) (?:be )?(?:switching|switch|leave|leaving|cancel|cancelling|port|porting) (?:to|my|our|when|once|after|as soon as|at the end)\\b|"
          // round 50: what a member of staff did to the writer ("the guard on the 17:40 was an absolute dickhead about my railcard")
          + "(?:the|your|ur|that|this|one of your) (?:\\w+ ){0,2}" + Triage.STAFF + "\\b[^.!?]{0,60}\\b(?:was|were)\\b[^.!?]{0,50}\\b(?:to|at|with|about|towards|over) (?:me|my|us|our)\\b|"
          // round 82: what staff did to the writer or theirs ("your bouncer punched my friend", "a security guard followed me around the whole shop")
          + "(?:the|your|ur|that|this|one of your|a|an) (?:\\w+ ){0,2}" + Triage.STAFF + "\\b[^.!?,]{0,30}?\\b(?:punched|hit|assaulted|attacked|shoved|pushed|grabbed|kicked|"
          + "slapped|groped|touched|followed|harassed|threatened|swore at|shouted at|screamed at|yelled at|insulted|filmed|laughed at|mocked|hurt|injured|"
          + "bit|cut|nicked|burned|burnt|scalded|dropped|manhandled|accused|searched|stopped|refused to serve|kicked out|threw out) (?:me|my|us|our)\\b|"
          // round 82: harm done ("he was bleeding when I picked him up", "my ankle is swollen", "ended up in A&E")
          + "(?:was|is|were|started|kept|left) bleeding|bleeding (?:when|after|from|all over)|swollen|stitches|(?:ended up|taken|rushed) (?:in|to) (?:a&e|hospital|the er|the vet)|"
          + "(?:got|was|were|been|left|is|are) (?:badly |seriously |really )?(?:injured|scalded|bitten)\\b)\\b", F);
  private static final Phrases QUESTION = Phrases.compile(
      "(?:\\?|^\\s*(?:@[\\w.]+\\s+){0,8}(?:how|what|when|where|why|who|which|whom|whose|can|could|would|will|is|are|am|"
          // "do us all a favour and ..." asks nothing
          + "do(?!\\s+(?:us|everyone|everybody|the world|yourself|society)\\s+(?:all\\s+)?a\\s+favou?r)|does|did|should|"
          + "shall|may|any|anyone|has|have|was|were)\\b|\\b(?:wondering|is there (?:a|any)|i'd like to know|want to know|"
          + "do you know|how (?:do|can|long|much|come)|what (?:is|are|happened|time)|where (?:is|are|can|do))\\b"
          // round 83: a question after a report, without its mark ("it's full of rubbish, when will it be cleared")
          + "|[,;]\\s*(?:so\\s+)?(?:when|how long|why|where) (?:will|is|are|can|does|did|should|would|has|have) (?:it|this|that|they|someone|anyone|the \\w+|my \\w+|our \\w+) (?:be |get |been )?\\w+\\s*[.!]*\\s*$)", F);

  /**
   * Things a brand sells or does, and the people who do it: a comment that names one is about the
   * brand's business ("your manager at the Elm St store was screaming at employees"), not about the
   * person it addresses ({@code aboutService}). The attack patterns give the benefit of the doubt only
   * to the brand's places, people, orders and products ({@code BUSINESS}), not to the wider words any
   * comment may use ("version", "paid", "internet", "account", "trip").
   */
  private static final String BUSINESS_WORDS = "stores?|shops?|branch(?:es)?|restaurants?|outlets?|food|meals?|orders?|ordered|deliver(?:y|ies|ed)?|packages?|parcels?|"
          + "shipping|shipped|shipment|products?|items?|service|customers?|staff|employees?|managers?|agents?|drivers?|pilots?|crew|"
          + "cashiers?|waiters?|waitress|reps?|support|app|apps|website|bills?|billing|billed|charges?|charged|prices?|pricing|fees?|"
          + "payments?|refunds?|flights?|seats?|bags?|luggage|baggage|bookings?|booked|reservations?|tickets?|trains?|bus|buses|rides?|"
          + "rooms?|hotels?|phones?|wi-?fi|subscriptions?|membership|warranty|receipts?|coupons?|menu|drinks?|coffee|engineers?|"
          + "technicians?|appointments?|devices?|laptops?|bank|loans?|transfers?|company|brand|business|contract|purchase[ds]?|bought|"
          + "checkout|cart|office|hotline|helpline|installation|repair|outages?|providers?|router|modem|insurance|"
          + "bathrooms?|toilets?|lobby|premises|warehouse";
  private static final Phrases SERVICE = Phrases.compile("\\b(?:" + BUSINESS_WORDS + "|site|accounts?|cards?|paid|trips?|internet|signal|network|"
      + "plans?|points|burritos?|pizza|emails?|updates?|versions?|battery|screen|policy|stock|shelf|counter|branch|connection|speeds?|data|"
      + "claim|queue|on hold|hold music|hung up|hanging up|hangs up|chat ?bot|the bot|call cent(?:re|er)|group chats?|groups|"
      // round 57: "dress arrived ripped and your returns page says error 500"
      + "returns? (?:page|label|form|portal|policy|window|desk|process)|error(?: code)? \\d{2,4}|dress(?:es)?|jeans|jacket|coat|sofa|mattress|fridge"
      // round 68: "kindly activate my international roaming", "recharge not done", "OTP not coming"
      + "|roaming|recharges?|sim(?: card)?|top[- ]?ups?|balance|atm|upi|kyc|otp|net ?banking|pnr|pincode|loyalty"
      // round 78: where a customer takes a dispute ("see you in small claims court", "posting this everywhere until you sort it")
      + "|court|lawyers?|solicitors?|attorneys?|ombudsman|small claims|trading standards|dealership|until (?:you|u) (?:sort|fix|refund|resolve))\\b", F);
  private static final Phrases BUSINESS = Phrases.compile("\\b(?:" + BUSINESS_WORDS + ")\\b", F);
  /** What a customer's quarrel with a business names: its business, or where the customer will take it. */
  private static final Phrases DISPUTE = Phrases.compile("\\b(?:" + BUSINESS_WORDS + "|reviews?|ombudsman|ceo|competitors?|lawyers?|court|sue|"
      + "trustpilot|complaints?|regulator|bbb|switching|cancell?(?:ing|ed)?|accounts?|sold|dealership|garage|solicitors?|attorneys?|small claims)\\b", F);
  /** The business's things, places, prices and practices, never its people: what a harsh verdict on the business names. */
  private static final String THINGS = "airlines?|banks?|company|companies|firm|business|brand|app|apps|website|site|game|season|updates?|patch(?: notes)?|"
      + "versions?|products?|service|support|customer service|network|signal|wi-?fi|broadband|fib(?:re|er)|coverage|fees?|prices?|pricing|contracts?|"
      + "plans?|deals?|food|fries|burgers?|menu|recipe|portions|stores?|shops?|hotels?|rooms?|trains?|buses|cars|laptops?|os|phones?|courier|"
      + "supplier|provider|industry|catalogue|catalog|matchmaking|servers?|battle pass|boarding(?: process)?|drive[ -]?thru|quality|sizing|"
      + "deliver(?:y|ies)|bills?|billing|insurance|polic(?:y|ies)|subscriptions?|interface|ui|keyboard|seats|flights?|planes?|stations?|"
      + "branch(?:es)?|checkout|anti[ -]?cheat|coffee|pizza|software|router|packaging|range|collection";
  /**
   * A harsh verdict on the business, not on a person: its things called garbage ("garbage airline",
   * "matchmaking is rigged garbage"), its practices ("daylight robbery", "a price hike"), or its people as
   * a crowd ("you lot are legalised scammers", "greedy idiots"; not "you idiots", said to people as often).
   * A complaint, answered like any other; an insult to one person ("your agent is a fat cow") is none of these.
   */
  private static final String HARSH = "(?:garbage|trash|rubbish|junk|jokes?|scam|con|rip-?off|disgrace|embarrassment|shambles|shambolic|circus|"
      + "nightmare|dumpster fire|death traps?|downgrade|rigged|unplayable|useless|pathetic|fiction|cattle trucks|malware|paperweight|brick wall|"
      + "pigsty|cardboard|tat|crap|shit|dogshit|a mess|buggy mess|crime(?: against (?:humanity|nature|food|coffee))?|war crime|travesty)";
  private static final Phrases VERDICT = Phrases.compile(
      "\\b(?:" + THINGS + ")\\b(?: \\w+){0,2}? (?:is|are|was|were|has become|have become|feels? like|looks? like)(?: \\w+){0,2}? "
          + "(?:a |an |pure |absolute |total |utter |just |such a |complete |so )?" + HARSH + "(?:,? (?:and )?" + HARSH + ")?\\b"
          + "|\\b(?:garbage|trash|rubbish|junk|useless|pathetic|shambolic|overpriced|incompetent|crap|crappy|shitty|joke of an?|disgrace of an?|"
          + "pathetic excuse for an?|cowboy) (?:\\w+ )?(?:" + THINGS + "|outfit)\\b"
          + "|\\b(?:you lot|the lot of (?:you|ya)|(?:you(?:'re| are)|you're just) (?:a |just a )?(?:bunch|pack|band|den) of)\\b[^.!?]{0,20}?"
          + "\\b(?:thieves|crooks|scammers|liars|cowboys|clowns|idiots|criminals|fraudsters|cheats|vultures|sharks|snakes|muppets|amateurs|jokers|"
          + "morons|robbers|gangsters|con artists|charlatans|thugs)\\b"
          + "|(?:^\\s*(?:@[\\w.]+\\s+)+|[,.!]\\s+)(?:you )?(?:absolute |utter |bloody |total )?(?:useless |incompetent |greedy |thieving |lying |money[- ]grabbing )+(?:thieves|crooks|clowns|idiots|"
          + "liars|cowboys|scammers|vultures|snakes|muppets|amateurs|jokers|criminals|fraudsters|cheats)\\b"
          + "|\\bshame on (?:you|u)(?: for\\b|[,.!]*\\s*[£$€]\\d)|\\bdaylight robbery\\b|\\brip-?off\\b|\\bprice (?:rise|hike|increase)s?\\b|\\bpay to win(?: (?:trash|garbage|rubbish|junk|crap))?\\b|"
          + "\\bwhoever (?:designed|approved|thought of|signed off|decided|came up with)\\b(?:[^.!?]{0,60}?\\b(?:ashamed|sacked|fired|examined|demoted|embarrassed)\\b)?"
          + "|\\b(?:you're|you are|you've become|you have become|you've turned into|you have turned into) (?:a |an )?(?:\\w+ )?(?:disgrace|embarrassment|joke|shambles|laughing ?stock)"
          + " (?:to|of) (?:the|this) (?:industry|sector|trade|profession|nation)\\b"
          + "|\\b(?:national|international) (?:embarrassment|disgrace|joke)\\b|\\b(?:greedy|soulless|faceless) (?:corporate|corporation|multinational|conglomerate)(?: machine)?\\b", F);

  /** Harm to a body, or turning up where someone is, which no quarrel with a business excuses. */
  private static final Phrases VIOLENCE = Phrases.compile("\\b(?:kill|hurt|beat|stab|shoot|murder|rape|punch|slap|smack|deck|headbutt|kick|choke|strangle|smash|bleed|burn|bury|"
      + "break (?:your|ur|his|her) \\w+|watch (?:your|ur) back|outside|wait(?:ing)? for (?:you|u|him|her|them)|car ?park|parking lot|recogni[sz]e|find (?:you|u|him|her)|(?:come|coming) (?:for|after)|"
      + "know (?:where|what|which|when|(?:your|ur|his|her) (?:shift|schedule|daily route|route home|routine|class|bus|train))|brave|tough|live|lives|house|home|address|school|kids|family|face|"
      // round 57: "would be a real shame if something happened to that little shop of yours"
      + "shame if|for whoever|for the (?:guy|girl|woman|man|person|agent|idiot|prick|clown) who"
      // round 68: "a brick through every window of your store with the staff inside", "the cashier at your shop, I'll be seeing you"
      + "|bricks?|firebomb|torch|inside|be seeing (?:you|u|ya|her|him|them)"
      // round 83: "should sleep with one eye open", "he's leaving in an ambulance", "keep an eye on your windscreen", "when she's alone"
      + "|one eye open|ambulance|body bag|windscreen|tyres|tires|alone|bad week|finishes|shift ends|if (?:i|we) (?:ever )?(?:see|catch|spot|meet)|key|egg|slash"
      // round 72: "these animals should be shipped back in cages" (shipped names the business too)
      + "|cage|exterminat|gass|deport)\\w*", F);

  // --- swearing (never hidden by default)
  private static final Phrases PROFANITY = Phrases.compile(
      "(?<![\\p{L}])(?:f+u+c+k+\\w*|f\\*+c?k\\w*|fck\\w*|fcking|fkn|effing|sh[i1!]+t\\w*|s\\*+t|bullsh\\w*|crap\\w*|damn\\w*|goddamn\\w*|"
          + "hell(?=\\s*(?:is|was|are|,|!|\\?|$))|what the hell|wtf|stfu|piss(?:ed|ing)?\\b|ass(?:hole)?s?\\b|arse\\w*|bitch\\w*|"
          + "bastard\\w*|dick\\w*|cunt\\w*|prick\\w*|twat\\w*|bloody|motherf\\w*|screw (?:you|this|that))", F);

  // --- abuse aimed at people
  private static final String YOU = "(?:you|u|ya|yo|ur|your|you're|youre|thou)";
  private static final String INSULT = "(?:idiot\\w*|moron\\w*|imbecile\\w*|stupid|dumb(?:ass|est)?|retard\\w*|mongoloid|braindead|brain dead|"
      + "bitch\\w*|cunt\\w*|whore\\w*|slut\\w*|skank\\w*|hag|loser\\w*|pathetic|worthless|useless piece|ugly|fat|pig|cow|trash|garbage|"
      + "scum\\w*|creep\\w*|clown\\w*|incel\\w*|rats?|snitch|bastard\\w*|piece of (?:shit|trash|garbage|crap)|jackass|asshole\\w*|"
      + "dickhead\\w*|prick|twat|freak\\w*|waste of (?:oxygen|space|air|skin)|excuse for a (?:human|person|man|woman)|disgusting|subhuman|vermin|"
      + "degenerate|lowlife|dipshit|shithead|dumb ?fuck|fuckface|fucktard|cocksucker|liar|coward|weakling|weak little|miserable|"
      + "mentally ill|psycho\\w*|lunatic|nutjob|dimwit|halfwit|numbskull|simpleton|buffoon|embarrassment|disgrace|failure|nobody|"
      + "parasite|leech|maggot|cockroach|dog|animal|beast|ape|monkey|retard|spastic|cripple|tramp|hoe|thot|simp|cuck|neckbeard|"
      + "karen|snowflake|delusional|brainless|spineless|gutless|trashy|vile|filthy|hideous|repulsive|pervert\\w*|"
      + "muppet|bellend|numpty|plonker|wanker|tosser|knobhead|dickhead|gremlin|goblin|sheep|snake|weasel|rodent|donkey|"
      + "(?:such a|absolute|complete|total|massive|utter) tool|thick|dense|clueless|"
      + "racist|bigot|nazi|sexist|predator|pedo\\w*|paedo\\w*|nonce|groomer|dumbest|stupidest|ugliest|fattest|sick (?:freak|fuck|puppy|pervert)|"
      + "little baby|crybaby|failed (?:human|person|adult|man|woman|parent)(?: being)?|failure of a (?:human|person|man|woman)|iq of a \\w+|brain cells?|inbred|troll|sewer|crawled out of|ugly af|mouth breather|waste|sad,? (?:lonely|little|pathetic|old) (?:man|woman|boy|girl|person|loser|creature|troll|nobody|virgin|incel|bloke|guy|git|cow|prick|weirdo|nerd)|lonely (?:loser|virgin|incel|old (?:man|woman|git|hag)))";
  /** After "shut up" or "stfu": what makes them a fan's delight ("shut up, this latte is so good"), not a silencing. */
  private static final String NOT_PRAISE = "(?![,.!\\s]*(?:(?:omg|wow|lol|seriously|honestly|because|cause|rn)[,.!\\s]+)?(?:this|that|it|these|they|the|your|ur)\\b"
      + "[^.!?]{0,40}\\b(?:good|great|amazing|best|love|perfect|incredible|obsessed|delicious|gorgeous|beautiful|awesome|fire|cute|dying|crying|screaming))";
  /** A brand's staff, as customers name them. */
  private static final String STAFF = "(?:woman|man|girl|guy|lady|bloke|manager|driver|receptionist|cashier|agent|guard|security guard|intern|barista|"
      + "presenter|spokes(?:wo)?man|salesman|saleswoman|trainer|claims handler|handler|dev|developer|ceo|boss|employee|waiter|waitress|rep|"
      + "technician|engineer|courier|bartender|host|moderator|admin|community manager|social media (?:person|guy|girl|intern|manager|team)|"
      // round 56
      + "inspector|ticket inspector|conductor|steward|stewardess|flight attendant|attendant|pilot|bouncer|mechanic|chef|cook|clerk|teller|porter|"
      + "cleaner|hairdresser|stylist|groomer|vet|dog walker|instructor|weather girl|weatherman|reporter|journalist|dj|nurse|doctor|teacher|"
      // round 84
      + "lad|lass|ref|referee|umpire|linesman)";
  /**
   * The names no complaint about staff needs. Not "creep", "pervert" or "thug": customers report staff who
   * harassed or hurt them in those words ("the delivery guy was a creep and kept texting me"); nor "idiot"
   * ("your driver was an idiot and nearly crashed the car").
   */
  private static final String VILE = "(?:bitch\\w*|cunt|whore|slut|slag|skank|twat|prick|scumbag|retard\\w*|loser|cow|bimbo|"
      + "weasel|slob|hag|wanker|tosser|dickhead|bastard|"
      // round 84: "the lad on the till is a mongoloid"
      + "mongoloid|spastic|mong)";
  private static final Phrases INSULT_AT = Phrases.compile(
      "\\b" + YOU + "\\b(?:\\s+(?:are|r|is|'re|re|all|just|such|so|a|an|the|most|biggest|really|very|literally|look|looks|like|absolute|complete|total|little|fucking|fuckin|stupid|dumb|"
          + "fat|ugly|sad|pathetic|disgusting|dirty|filthy|nasty|vile|worthless|whole|family|mom|mother|wife|husband|kid|kids|face|ass)\\b){0,4}\\s*(?:a |an )?" + INSULT + "\\b"
          // a pet's things are no insult ("@AcmePets your dog's food is on sale right?", round 80)
          + "(?!'s\\b| (?:food|treats?|toys?|beds?|lead|leash|collar|walk(?:er|ing)?|groom\\w*|insurance|vet|kennel|crate|bowl|shampoo|biscuits?|chews?|range|section)\\b)"
          // not the brand's thing so called ("@AppleSupport stupid phone shut off again")
          + "|^\\s*(?:@[\\w.]+\\s+){1,8}(?:(?:lol|lmao|bro|dude|omg|haha)\\s+)?(?:you\\s+)?(?:stupid |dumb |fat |ugly |absolute |fucking )?" + INSULT + "\\b(?! (?:" + THINGS + ")\\b)"
          // "@AcmeTelecom nobody likes your new contract terms" calls no one a nobody
          + "(?!(?<=nobody) (?:here |at all |i know )?(?:likes|wants|uses|needs|buys|watches|reads|trusts|asked for|cares about) (?:your|the|this|these|those)\\b)"
          // nor vermin found somewhere ("@AcmeCafe cockroach on the counter at your Camden shop", round 82)
          + "(?!(?<=\\b(?:cockroach|rats?|maggot|vermin|rodent|worms?|animal|dog)) (?:on|in|under|inside|behind|crawling|running|all over) (?:the|my|our|your|this)\\b)"
          + "|\\b(?:fuck|screw) (?:you|u|off|yourself|ur)\\b|(?:\\bshut (?:up|your (?:mouth|face|trap))\\b|\\bstfu\\b)" + NOT_PRAISE
          + "|\\b(?:what an?|such an?|imagine being this|look at (?:this|that)) (?:\\w+ )?" + INSULT + "\\b"
          + "|\\b(?:defending|defend|simping for|simp for|bootlicking|licking the boots of) (?:a |an |the |this )?(?:\\w+ ){0,3}(?:company|corporation|corp|brand|billionaire|multinational)s? for free\\b"
          + "|\\b" + INSULT + " (?:can't|cant|couldn't) even\\b|\\b(?:nobody|no one)(?: here)? (?:likes|wants|cares about) (?:you|u|your(?! (?:new |latest |updated |current |stupid |[\\w-]+ )?(?:" + THINGS + "|terms|changes|ads?|adverts?|rebrand|logo|menu|new \\w+)\\b))\\b"
          + "|\\b(?:delete your account|get a life|crawl back under)\\b"
          + "|\\b(?:he|she|they)(?:'s| is| are|'re) (?:a |an |such an? |the |so |just )?(?:\\w+ )?" + INSULT + "\\b"
          // round 47: a brand's staff member called vile names ("the woman at the Leeds branch is a thick bitch"); only the vilest
          // names, since customers call staff clueless or useless in complaints
          + "|\\b(?:the|your|ur|that|this) (?:\\w+ ){0,2}" + STAFF + "\\b[^.!?]{0,40}? (?:is|was|'s) (?:a |an |such an? |the )?(?:[\\w-]+ ){0,3}" + VILE + "\\b"
          // round 48: "a guard who looks like an inbred hillbilly", "a fat ugly barista", "so is your face"
          + "|\\b" + STAFF + " (?:who|that) looks? like (?:a |an )?(?:\\w+ ){0,2}" + INSULT + "\\b"
          // round 56: "the steward on my flight looked like a goblin"
          + "|\\b(?:the|your|ur|that|this) " + STAFF + "\\b[^.!?]{0,30}? (?:looks|looked) like (?:a |an )?(?:\\w+ ){0,2}" + INSULT + "\\b|\\b(?:ugly|hideous|obese|fat ugly|ugly fat|fat useless) (?:\\w+ )?" + STAFF + "\\b"
          + "|\\band so (?:is|are) (?:your|ur) (?:face|mum|mom|mother|family|kids|wife|husband|haircut)\\b"
          + "|^\\s*(?:@[\\w.]+\\s+){1,8}(?:you|u|you're|youre)\\b(?:\\s+[\\w']+){0,4}?\\s+" + INSULT + "\\b"
          + "|\\b(?:everyone|everybody|the whole world)(?: \\w+){0,3} (?:hates|despises|laughs at|makes fun of) (?:you|u)\\b|\\bgo cry\\b"
          + "|\\b(?:you're|youre|you are|u r|ur)\\b(?:\\s+[\\w']+){0,4}?\\s+" + INSULT + "\\b"
          + "|\\bshould(?:'ve| have) (?:swallowed|aborted) (?:you|u)\\b|\\bgo back to the \\w+ (?:you|u) crawled out of\\b"
          + "|\\b(?:makes?|made) me (?:want to|wanna) (?:throw up|puke|vomit|gag)\\b"
          + "|\\bput a (?:paper )?bag over (?:her|his|their|your|ur) (?:head|face)\\b"
          // round 82: "with a face like that I'd sue my parents", "you must be exhausting to be around, no wonder your ex left"
          + "|\\bwith a (?:face|head|body|voice|personality) like (?:that|yours|this|his|hers)\\b"
          // round 83: "people with your IQ usually struggle with doors", "your voice could strip paint", "you're a 2/10 on a good day",
          // "looks like she's never seen a salad", "you'd be pretty if you weren't so fat"
          + "|\\b(?:people|someone|somebody|anyone|folk) with (?:your|ur|his|her|that|an) iq\\b|\\b(?:your|ur|his|her) iq (?:is|must be) (?:lower|smaller) than\\b"
          + "|\\b(?:your|ur|his|her) (?:voice|face|singing|breath|cooking|laugh|smell) (?:could|would|can|will) (?:strip paint|curdle milk|stop a clock|crack a mirror|wake the dead|scare (?:off )?(?:a|the|small) \\w+|kill a \\w+|peel paint)\\b"
          + "|\\b(?:you're|youre|you are|ur|u r|she's|shes|he's|hes|she is|he is) (?:a |an |like a |maybe a )?(?:[0-4](?:\\.5)?|one|two|three|four) ?(?:/|out of) ?10\\b"
          + "|\\b(?:looks?|looked) like (?:you|u|she|he)(?:'ve|'s| have| has) never (?:seen|missed|skipped|met) a (?:salad|vegetable|meal|gym|shower|treadmill|toothbrush|comb)\\b"
          + "|\\b(?:you'd|youd|you would|u would|she'd|she would|he'd|he would) be (?:so much |way |quite |really )?(?:pretty|fit|hot|attractive|cute|good looking|prettier|fitter|hotter) if (?:you|u|she|he) (?:weren't|wasn't|were not|was not) so (?:fat|ugly|big|loud|hairy|short|old|spotty|skinny|chubby|thick|annoying)\\b"
          // round 83: "imagine complaining when you look like that", "nobody invites you", "you're literally why the staff need therapy",
          // "the state of you, did your mum dress you"
          + "|\\b(?:imagine|how can you|how do you|who are you to|and you|yet you)\\b[^.!?]{0,60}\\bwhen (?:you|u) look like (?:that|this)\\b"
          + "|\\b(?:nobody|no one|noone) (?:ever )?(?:invites|invited|dates|fancies|remembers) (?:you|u)\\b(?!\\s+(?:to|for|in|on|back|round|over|along))"
          + "|\\b(?:you're|youre|you are|ur|u r) (?:literally |exactly |honestly )?(?:why|the reason(?: why)?) (?:\\w+ ){0,3}(?:needs?|drinks?|quits?|quit|hates?) (?:therapy|counselling|a drink|to drink|their jobs?|the job|life)\\b"
          + "|\\bthe state of (?:you|u|ya)\\s*(?:[,.!\\x{1F602}\\x{1F923}\\x{1F480}]|lol|lmao|haha|omg|$)|\\bdid (?:your|ur) (?:mum|mom|mummy|mommy|mother|nan|gran) (?:dress (?:you|u)|(?:cut|pick|choose) (?:your|ur) (?:hair|clothes|outfit|haircut|glasses|fringe))\\b"
          // round 83: "brain cell count: one", "the girl in the tutorial has a moustache thicker than my dad's"
          + "|\\bbrain ?cells? count\\b\\W{0,4}(?:is |of |= ?)?(?:one|1|zero|0|two|2|none|negative)\\b"
          + "|\\b(?:she|the (?:girl|woman|lady|bird|chick))(?: \\w+){0,3} (?:has|'s got|has got|got) (?:a |an )?(?:moustache|mustache|beard|unibrow|monobrow) "
          + "(?:thicker|bigger|better|fuller|hairier) than\\b"
          + "|\\b(?:you|u) (?:\\w+ )?(?:code|write|drive|play|sing|talk|cook|dress|dance|think|argue|spell|type|look|sound|smell) like an? (?:\\w+ )?"
          + "(?:toddler|child|monkey|chimp|baboon|ape|donkey|potato|caveman|neanderthal|goldfish|pigeon|idiot|moron|5 year old|five year old)\\b"
          + "|\\b(?:you|u|he|she) must be (?:so |really |absolutely )?(?:exhausting|unbearable|insufferable|a nightmare|hell|miserable|a joy) to (?:be around|live with|date|work with|know|be married to)\\b"
          + "|\\bno wonder (?:your|ur|his|her) (?:ex|wife|husband|girlfriend|boyfriend|partner|dad|father|mum|mom|mother|parents|friends|kids) (?:left|dumped|cheated|divorced|hates?|walked out|never calls?|won't talk)\\b"
          // round 82: a slur at a member of staff ("that retarded cashier"), staff called a pack of idiots
          + "|\\b(?:retarded|mongoloid|spastic|inbred|mong) (?:\\w+ )?" + STAFF + "\\b"
          + "|\\b(?:staff|employees|workers|team|agents|drivers|people|lot) (?:are|were|r) (?:all )?(?:just )?(?:a |an )?(?:bunch|pack|load|gang|shower|herd|band|troop) of "
          + "(?:\\w+ )?(?:idiots|morons|imbeciles|clowns|muppets|monkeys|baboons|apes|retards|cretins|halfwits|dimwits|numpties|pillocks|prats|wankers|tossers|losers)\\b", F);
  /**
   * Words that call a person names in any grammar ("nice try, dimwit", "congrats moron"): nouns for
   * people, so they need no "you are" around them.
   */
  private static final String NAME_CALLING = "(?:idiot\\w*|moron\\w*|imbecile\\w*|cretin\\w*|dimwit\\w*|nitwit\\w*|halfwit\\w*|dumbass\\w*|"
      + "dumb ?fucks?|dipshit\\w*|shithead\\w*|jackass\\w*|dickhead\\w*|knobhead\\w*|bellend\\w*|twats?|wankers?|tossers?|numpty|numpties|"
      + "muppets?|plonkers?|pillocks?|prats?|bozos?|buffoons?|clowns?|loser\\w*|freaks?|weirdos?|creeps?|incels?|simps?|cucks?|neckbeards?|"
      + "snowflakes?|scumbags?|lowlifes?|degenerates?|subhumans?|parasites?|maggots?|cockroach(?:es)?|leech(?:es)?|vermin|worms?|goblins?|"
      + "gremlins?|trolls?|perverts?|psychos?|lunatics?|nutjobs?|numbskulls?|simpletons?|dunces?|dolts?|oafs?|hicks?|rednecks?|bimbos?|"
      + "airheads?|crybab(?:y|ies)|manchild|hypocrites?|grifters?|shills?|pests?|retards?|weasels?|basement dwellers?|bottom feeders?|"
      + "cowards?|npcs?|(?<!\\b(?:the|my|our|dog|pet|cat|new|local|mobile) )groomers?(?! (?:cut|nicked|shaved|clipped|lost|hurt|left|forgot|was|is|said|told|booked|kept|charged))|nonces?|paedos?|pricks?|fatso|crackheads?|druggies?|methheads?|cokeheads?|(?<!sugar |adrenaline |news |coffee |caffeine |gym |fitness |political |info |data |speed |thrill |music |book |tech |film |movie |shoe |sneaker |food |travel |game |gaming |fashion |beauty |makeup |anime |history |sports |car |horror )junkie|walking (?:l|red flag|cringe|advert(?:isement)? for|ad for|billboard for|joke|embarrassment|stereotype)|neanderthals?|attention seekers?|karens?|pick-?mes?|illegal aliens?|retarded)";
  private static final Phrases NAME_CALLING_AT = Phrases.compile("(?<![\\p{L}])" + NAME_CALLING + "(?![\\p{L}])|\\x{1F921}", F);
  /** A writer calling themself names ("I'm such an idiot, I booked the wrong day"): not an attack. */
  /** How far before a name SELF_BEFORE looks: its few words, and a bound on the work a comment full of names can cause. */
  private static final int SELF_REACH = 60;
  /** How someone was treated, named in a simile ("spoke to callers like they were idiots"): the complaint, not a name called. */
  private static final Phrases TREATED_LIKE = Phrases.compile("\\b(?:treat(?:s|ed|ing)?|talk(?:s|ed|ing)? (?:down )?to|spoke (?:down )?to|speak(?:s|ing)? (?:down )?to|"
      + "look(?:s|ed|ing)? at|deal(?:s|t|ing)? with|handled?)\\b[^.!?]{0,30}?\\blike (?:(?:they|we|i|you|he|she) (?:were|was|are|is|'re) |they're |we're |i'm )?"
      + "(?:a |an |complete |total |absolute |utter )?(?:\\w+ )?$", F);
  private static final Phrases SELF_BEFORE = Phrases.compile("\\b(?:i'm|im|i am|i was|i feel like|i felt like|me|myself)(?:\\s+[\\w']+){0,3}\\s*$", F);
  /** Someone the comment speaks to or of, or says is something ("Tom is a weasel"). */
  private static final Phrases ADDRESSEE = Phrases.compile("@\\w+|\\bu/\\w+|\\b(?:you|u|ya|your|ur|you're|youre|yourself|he|she|him|her|his|they|them|"
      + "this guy|this girl|this dude|whoever|hey)\\b|\\b(?:this|that|these|those) (?:stupid |dumb |absolute |complete |total |fucking |little |pathetic )?" + NAME_CALLING + "(?![\\p{L}])|\\b(?:is|are|'s)\\s+(?:a|an|such an?|the|one|just)\\b", F);
  /**
   * Attacks on the person addressed that need no insult word: their family, looks or mind ("your kids must be
   * ashamed of you"), a dismissal ("touch grass", "cope harder", "nobody asked"), a wish of harm ("hope someone
   * keys your car"). Only in comments that name nothing of the brand's business.
   */
  private static final Phrases PERSONAL = Phrases.compile(
      // round 71 (commenters at each other): "your profile pic is proof that god makes mistakes", "you're the reason we have warning
      // labels on shampoo", "your poor husband, imagine waking up next to that every day"
      "\\bproof (?:that )?god makes mistakes\\b|"
      // round 85 (a radio station's page, in the writer's own voice): "we all know you slept your way to that job", "I feel sorry
      // for your mother having to raise something like you" (not "feel sorry for your mum", which a fan teases with), "I've met
      // smarter potatoes than you", "people like you shouldn't breathe the same air as us", "I've seen your address on the electoral roll"
          + "\\blooks? like (?:she|he|they|you|u)(?:'s| has| have|'ve)? (?:just )?escaped\\b"
          + "|(?<!\\b(?:my|our) )\\b(?:grandad|grandpa|granny|grandma|gramps|gran|boomer|the old (?:man|woman|git|bag|bat|codger|fossil|dinosaur|boy|girl|dear)|this (?:dinosaur|fossil|old \\w+))\\b"
          + "[^.!?]{0,12}?\\b(?:should|belongs?|needs? to|ought to)(?: be)? in (?:a |the )?(?:care|nursing|retirement|old people's|old folks'?) home\\b"
          + "|\\b(?:slept|sleeping|shagged|shagging|fucked|fucking|sucked|sucking|blew|blowing) (?:your|ur|her|his|their) way (?:to|into|up|onto|on to)\\b"
          + "|\\b(?:raise|raised|raising|birth|birthed|gave birth to|give birth to|made|created|produced|spawned) (?:something|a thing|an? (?:creature|abomination|monster|mistake)) like (?:you|u)\\b"
          + "|\\b(?:met|seen|known|had|owned) (?:smarter|brighter|cleverer|more intelligent|wittier|funnier|prettier|better looking) (?:\\w+ ){0,2}than (?:you|u)\\b"
          + "|\\b(?:people|men|women|scum|trash|freaks|creatures|the likes of) (?:like )?(?:you|u)\\b[^.!?]{0,12}?\\b(?:shouldn't|should not|don't deserve to|do not deserve to|have no right to)"
          + " (?:be allowed to |even )?(?:breathe|exist|live|be alive|reproduce|procreate|breed|have kids|have children|walk this earth)\\b"
          + "|\\b(?:your|ur|his|her) (?:home |house )?address (?:is )?(?:on|in|from) (?:the )?(?:electoral (?:roll|register)|192(?:\\.com)?|land registry|voters? (?:roll|register|records?))\\b"
          + "|\\blooked (?:you|u|him|her) up on (?:the )?(?:electoral (?:roll|register)|192(?:\\.com)?|land registry)\\b|\\bthe reason (?:we|they|there are|there's) (?:have |need |put )?warning labels\\b"
          + "|\\b(?:your|ur|her|his) poor (?:husband|wife|boyfriend|girlfriend|partner|kids|children|parents|mum|mom|dad)\\b[^.!?]{0,40}\\b(?:imagine|having to|waking up|look at|living with)\\b"
          + "|\\bimagine waking up next to (?:that|this|you|u|her|him)\\b|"
      // round 69 (TikTok): "ugly ahh creature get off my fyp"
      + "\\b(?:ugly|fat|autistic|retarded) (?:ahh|ass) (?:creature|mf|bitch|clown|goblin|rat)\\b|"
      // round 65: "I hope ur mom sees this and disowns u"
      + "\\bhope (?:ur|your) (?:mom|mum|dad|parents|family|kids|wife|husband|friends|gf|bf) (?:\\w+ ){0,3}(?:disowns?|abandons?|dumps?|hates?|kicks? (?:you|u) out)\\b|"
          + "\\b(?:your|ur|yo)\\s+(?:whole\\s+|own\\s+|poor\\s+|tiny\\s+|little\\s+|ugly\\s+|fat\\s+|stupid\\s+)?(?:mom|mum|mama|momma|mother|dad|daddy|father|"
          + "parents|wife|husband|girlfriend|boyfriend|kids|children|family|boss|employer|face|haircut|forehead|teeth|breath|personality|existence|brain|brains|"
          + "iq|ego|gene pool)\\s+(?:must|should|is|are|was|were|has|had|could|would|looks?|sounds?|smells?|left|hates?|regrets?|failed|belongs?|"
          + "makes?|shouldn't|probably|clearly|never|obviously|definitely)\\b"
          + "|\\b(?:why|no wonder|bet) (?:your|ur) (?:\\w+ )?(?:mom|mum|dad|father|mother|parents|wife|husband|girlfriend|boyfriend|kids|family)\\b"
          + "|(?:^|[,.!;:]\\s*)(?:(?:lol|lmao|lmfao|haha|omg|bro|dude)\\s+)?(?:(?:@|\\bu/)\\w+(?:\\.\\w+)*(?:\\s+(?-i:[A-Z])[\\w'-]+)?\\s+)*(?:(?:just|now|pls|please|lol|lmao|bro|dude|ok|okay)\\s+)?(?:go (?:back to (?:your|ur|mommy|mummy|mom|mum)|"
          + "cry|crawl|play in|touch grass|outside|yell at|away)|touch (?:some )?grass|cope(?: harder| more| and seethe)?|seethe|"
          + "cry (?:harder|more|about it)|stay (?:mad|pressed|in your lane)|keep (?:crying|coping|seething|talking|embarrassing)|"
          + "sit (?:down|this one out)|log off|delete (?:this|yourself|(?:your|ur) (?:account|acc|channel|page))|(?:nobody|no one) asked(?! but)|grow a brain|get a (?:life|brain)|"
          + "seek (?:help|therapy)|learn to (?:read|spell)|l \\+ ratio|ratio\\b|bless your (?:tiny |little |small )?(?:brain|heart)|"
          + "imagine (?:being|thinking|believing|typing|posting|caring|defending|having)|get a job|cry me a river|calm down|"
          + "go back to (?:tiktok|twitter|facebook|reddit|school|your cave|the kitchen|sleep|roblox|minecraft|fortnite|the playground|preschool|kindergarten|your crib)|adults are talking|(?:nobody|no one) cares)\\b"
          + "|\\bsaid no one ever\\b|\\bwaste of (?:a )?(?:username|account|oxygen|space|air|skin|sperm)\\b|\\bstain on (?:humanity|society|this \\w+)\\b"
          + "|\\b(?:someone|somebody)\\s+(?:should|needs? to|oughta|ought to|gotta)\\s+(?:\\w+\\s+){0,2}?(?:smack|slap|punch|hit|kick|beat|shut|key|slash|teach|put|knock)\\b"
          + "|\\bhope (?:someone|somebody) (?:\\w+ )?(?:your|you|ur)\\b|\\bhope (?:your|ur) (?:\\w+ ){0,2}(?:breaks?|burns?|crash(?:es)?|gets? (?:stolen|towed|keyed|hacked|repossessed)|dies|fails?|falls? apart)\\b"
          + "|\\bhope (?:you|u) (?:lose|trip|step on|fall|fail|choke|suffer|rot)\\b"
          // round 45: "her voice makes me want to punch her in the throat"
          + "|\\bmakes? me want to (?:punch|slap|kick|strangle|choke|stab|smack|hit|kill) (?:her|him)\\b"
          + "|\\b(?:hope|wish) (?:that )?(?:you|u|your|ur)\\b[^.!?,;]{0,40}\\b(?:lose everything|loses? everything|gets? (?:deleted|banned|cancell?ed|doxx?ed|exposed|dumped|demonetized))\\b"
          + "|\\b(?:sad|pathetic|poor|sorry|miserable|pitiful) excuse (?:for|of) an? (?:\\w+ )?(?:father|mother|dad|mom|mum|parent|husband|wife|man|woman|human|person|teacher|adult|son|daughter|friend)\\b"
          + "|\\bthe only thing (?:you're|youre|you are|ur|u r|he's|she's|he is|she is) good for\\b"
          + "|\\b(?:sad|pathetic|miserable|pitiful|lonely|worthless|insignificant) little (?:life|man|boy|girl|person|troll|existence|world|mind)\\b"
          + "|\\b(?:and|or) see what happens\\b|\\bsee what happens to (?:you|u)\\b|\\bwould be a shame if\\b|\\baccidents happen to\\b"
          + "|\\b(?:found|i know|we know|got) (?:your|ur) (?:linkedin|address|employer|workplace|school|house|home|real name|number|ip|kids|family)\\b"
          + "|\\bwhoever (?:raised|made|taught|birthed|dressed) (?:you|u)\\b|\\b(?:you|u) belong (?:in|on) (?:a |the )?\\w+"
          + "|\\b(?:nobody|no one)(?: \\w+){0,2} (?:likes?|loves?|wants?|cares? about|respects?|miss(?:es)?) (?:you|u)\\b"
          + "|\\bhope (?:you|u) get what (?:you|u)(?:'re| are)? (?:deserve|coming)\\b|\\b(?:you|u) deserve (?:every|all the|everything) (?:bad|terrible|awful|horrible)\\b"
          + "|\\bhope (?:your|ur) (?:\\w+ )?(?:goes?|go) (?:bankrupt|broke|under)\\b|\\b(?:you|u)(?:'ll| will)? end up (?:on the street|homeless|alone|broke)\\b"
          + "|\\bplease never (?:speak|post|talk|sing|comment|tweet|reproduce) again\\b|\\bget off the internet\\b|\\bgo get a (?:real )?job\\b"
          + "|\\b(?:you're|youre|you are|ur|u r)\\b(?:\\s+\\w+){0,2}?\\s+the (?:worst|most (?:useless|annoying|boring|cringe|pathetic|talentless)) (?:streamer|youtuber|influencer|creator|gamer|player|singer|rapper|artist|"
          + "dancer|actor|actress|writer|author|coach|mod|moderator|person|human|parent|mom|mum|dad|father|mother|teacher|student|friend|boyfriend|girlfriend|husband|wife)\\b"
          + "|\\b(?:you're|youre|you are|ur|u r) embarrassing (?:yourself|urself)\\b"
          + "|\\blook at (?:this|that) (?:\\w+ )?(?:cow|pig|whale|clown|loser|freak|idiot|creep|thing|joke|mess)\\b"
          + "|\\b(?:needs?|deserves?) (?:a good |a |to be )?(?:slap|slapped|beating|beaten|smack|smacked|punch|punched|kicking)\\b"
          + "|\\bterrorist[- ]looking\\b|\\blook(?:s|ing)? like (?:a |an )?terrorist\\b"
          + "|^\\s*(?:@[\\w.]+\\s+)+(?:this|that|the|what a|such a|ur a|you're a|youre a|u r a)?\\s*(?:\\w+\\s+)?(?:bitch|whore|slut|cunt|skank|thot)\\b"
          + "|\\bdid (?:you|u|your (?:face|mom|mum)) (?:get )?(?:hit|run over|sat on|stepped on) by an? (?:bus|truck|train|car|tractor)\\b"
          + "|\\b(?:everyone|everybody|we all|the whole (?:school|class|town)) (?:at \\w+ |here )?knows what (?:you|u) did\\b"
          + "|\\b(?:found|got|have) (?:your|ur) (?:mom|mum|dad|wife|husband|girlfriend|boyfriend|sister|brother|kids?|boss)(?:'s)? (?:facebook|instagram|insta|profile|account|number|address)\\b"
          + "|\\b(?:this|that|so) much of an? (?:failure|loser|joke|disappointment|embarrassment|clown|fraud|nobody)\\b"
          + "|\\b(?:you|u) (?:need|should get|should seek|need to get|need to see) (?:some )?(?:professional|mental|psychiatric|serious) help\\b"
          + "|\\benjoy being (?:single|alone|lonely|broke|unemployed|ugly|a virgin|unloved)\\b(?: (?:forever|for life|for the rest of))?"
          + "|\\b(?:single|alone|lonely|unloved) (?:forever )?with (?:that|your|ur) (?:personality|attitude|face)\\b"
          + "|\\b(?:i'll|i will|i'm gonna|im gonna|i am going to|gonna) (?:call|email|ring|contact|message|write to) (?:your|ur) (?:workplace|employer|school|family|parents|wife|husband|mum|mom|dad)\\b"
          + "|\\b(?:made|created|set up|started|making) (?:a )?(?:fake|parody|burner) (?:account|profile|page) (?:with|using|of|pretending to be|as) (?:your|ur|his|her)\\b"
          + "|\\b(?:everyone|everybody|y'all|yall|let's|lets|go|we should) (?:all )?(?:send|spam|flood) (?:her|him|them|this \\w+) (?:with )?(?:hate|death threats|hate (?:dms|messages|mail))\\b"
          + "|\\bface for radio\\b|\\bpick[- ]?me (?:energy|behaviou?r|vibes)\\b"
          + "|\\blooks? like (?:she|he|they|u|you) (?:smells?|stinks?|doesn't shower|never showers|hasn't showered|has fleas)\\b"
          + "|\\b(?:the )?reason (?:your|ur|his|her|their) (?:dad|mom|mum|father|mother|parents|wife|husband|girlfriend|boyfriend) (?:left|walked out|leaves|divorced|drinks|drank|cries|cried|hates (?:you|u)|is (?:ashamed|disappointed)|never came back)\\b"
          + "|\\b(?:dog ?water|trash|garbage|washed|mid) (?:streamer|player|gamer|creator|youtuber|tiktoker|influencer)\\b"
          + "|\\b(?:mass[- ])?report (?:her|him|his|their) (?:account |page |channel |profile )?(?:until|till|so) (?:it's|its|she's|he's|shes|hes|it is|she is|he is|they're) (?:gone|banned|deleted|taken down)\\b"
          + "|\\bmass[- ]report (?:her|him|his|them|this (?:girl|guy|woman|man|creator|streamer))\\b"
          // round 27: raids on someone's channel, their photos dug up to be spread, wishes that their things burn
          + "|\\b(?:raid|spam|flood|brigade) (?:your|ur|her|his|their) (?:chat|stream|channel|page|comments|account|server|inbox|dms|posts)\\b"
          + "|\\b(?:found|got|have|dug up) (?:your|ur|her|his) (?:old )?(?:\\w+ )?(?:photos?|pics?|pictures?|nudes|videos?)\\b[^.!?]{0,40}\\b(?:post|share|leak|spread|send) (?:it|them|this|these)\\b"
          + "|\\bhope (?:your|ur|her|his) (?:\\w+ ){0,2}(?:catch(?:es)? fire|burns? down|explodes|blows up|gets (?:hacked|stolen|banned|deleted|wrecked))\\b"
          + "|\\bgene pool needs a lifeguard\\b|\\b(?:must have|must've|musta) been dropped on (?:your|ur|his|her|their) head|\\bdropped on (?:your|ur|his|her|their) head (?:as a (?:baby|kid|child)|at birth|(?:one )?too many times)\\b"
          + "|\\b(?:everyone|everybody|we all|the whole \\w+)(?: \\w+){0,3} (?:thinks?|knows?) (?:you're|youre|you are|ur|u r) (?:a |an )?(?:joke|clown|loser|fraud|failure|laughing ?stock|embarrassment)\\b"
          + "|\\b(?:i'll|i will|we'll|we will|gonna|going to) make sure (?:your|ur) (?:employer|wife|husband|family|mom|mum|parents|kids|school|girlfriend|boyfriend|church) (?:sees|knows|finds out|hears|reads)\\b"
          // looks, of a person on screen: "the girl at 2:13 is so ugly" ("that" as a conjunction before a name: "people say that Lady Gaga is ugly")
          + "|\\b(?:the |this |that (?-i:(?=[a-z])))(?:guy|girl|dude|woman|man|lady|kid|bloke|chick|host|presenter|actor|actress|model|singer|creator|streamer|influencer)\\b[^.!?]{0,25}? "
          + "(?:is|'s|looks) (?:so |such an? |really |too |incredibly |unbelievably |hella |mad )?(?:ugly|fat|hideous|repulsive|obese|fugly|butt ugly|gross looking)\\b"
          + "|\\btalentless (?:hack|loser|fraud|clown|nobody)\\b|\\bdumber than (?:a |an )?(?:box|bag|sack|bucket|pile) of\\b"
          + "|\\bmost (?:irritating|annoying|pathetic|useless|stupid|ugly|insufferable) (?:human|person|creature|thing|man|woman) (?:on|in|alive)\\b"
          + "|\\byou people (?:disgust|sicken|make me sick)\\b|\\bpeaked in (?:high school|middle school|school)\\b|\\byou got (?:dumped|ratioed)\\b"
          // round 76: X's pile-ons, "imagine getting dunked on by a fast food account"
          + "|\\bimagine (?:getting|being|gettin) (?:dunked on|ratioed|owned|cooked|roasted|clowned|humbled|bodied) by (?:a|an|the) (?:[\\w-]+ ){0,2}(?:account|brand|company|bot|page|mascot)\\b"
          + "|\\b(?:i|we) know (?:which|what|where) (?:school|house|street|gym|office|building|daycare) (?:your|ur) \\w+"
          + "|\\b(?:i|we) know where (?:your|ur) (?:kids|children|family|wife|husband|son|daughter|mom|mum|parents|sister|brother) (?:live|go|sleep|work|play)"
          // round 48: "I know where your CEO lives, see you soon"
          + "|\\b(?:i|we) know where (?:your|ur|the|that|this) (?:\\w+ ){0,2}?(?:ceo|boss|manager|driver|agent|rep|owner|founder|staff|employees?|cashier|guard|intern|"
          + "barista|receptionist|director|chairman|community manager) (?:lives?|sleeps?|parks?)\\b"
          + "|\\bgo tell (?:him|her|them) what (?:you|u|y'all|yall) think\\b"
          + "|\\b(?:post|drop|leak|dig up|find) (?:his|her) (?:workplace|employer|home address|address|phone number|number|boss|school)\\b"
          // round 42: "someone find out what school @lucy_t's kids go to"
          + "|\\b(?:find|figure|look) out (?:where|what school|which school|what street) (?:@\\w+|she|he|they|his|her|their)(?:'s)?"
          + "(?: (?:kids?|children|family|wife|husband|daughter|son))? (?:lives?|works?|go(?:es)?|goes to school|sleeps?)\\b"
          // round 43: "the only thing you've ever finished is a whole pizza", "you've never had a friend in your life"
          + "|\\bthe only thing (?:you've|you have|you|u) ever (?:finished|won|achieved|accomplished|done right|read|worked out)\\b"
          + "|\\b(?:you've|you have|you|u) never (?:had|kissed|been kissed by|touched) (?:a )?(?:friend|girl|woman|girlfriend|boyfriend|date)s? in (?:your|ur) (?:\\w+ )?life\\b"
          // round 44: "imagine your own mother not loving you"
          + "|\\byour own (?:mother|mom|mum|father|dad|family|parents|kids) (?:not loving|doesn't love|don't love|hates?|hating|can't stand) (?:you|u)\\b"
          + "|\\b(?:everyone|everybody|y'all|yall|you all) (?:to )?(?:call|email|ring|phone|message) (?:them|his|her) (?:about (?:him|her)|boss|employer|work)\\b"
          + "|\\b(?:show|send|drop) (?:us |me )?(?:your |ur )?(?:feet|feet pics|nudes|noods|tits|boobs|titties|body pics)\\b|\\bsend (?:me )?pics or (?:stop|get|leave|gtfo|shut)\\b"
          + "|\\byou (?:people|lot) (?:are|r) (?:\\w+ )?(?:animals|vermin|rats|parasites|subhuman|savages|filth|cockroaches|monkeys|apes)\\b"
          + "|\\bshut (?:up|(?:your|ur) (?:mouth|trap)) (?:forever|for good|permanently)\\b"
          + "|\\bsend (?:me |us )?(?:a )?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|video) (?:of )?(?:what (?:you're|youre|you are|u r|ur) wearing|"
          + "(?:you|yourself|urself) in (?:bed|the shower|your underwear|a bikini|lingerie)|(?:your|ur) (?:body|legs|feet|bum|butt|ass|chest|tits))\\b"
          + "|(?<![\\x{1F52A}\\x{1F52B}\\x{1FA93}])[\\x{1F52A}\\x{1F52B}\\x{1FA93}][\\s\\x{1F52A}\\x{1F52B}\\x{1FA93}]*+(?:see (?:you|u|ya) (?:soon|tonight|tomorrow|later)|you(?:'re| are) next|coming for (?:you|u))"
          + "|\\bsee (?:you|u|ya) (?:soon|tonight|tomorrow|later)\\W{0,3}[\\x{1F52A}\\x{1F52B}\\x{1FA93}]"
          + "|\\benjoy (?:unemployment|being unemployed|being fired|getting fired|jail|prison)\\b"
          + "|\\b(?:send(?:ing)?|sent) (?:it|this|these|them|screenshots?|that|(?:your|ur) (?:tweets|posts|messages|dms|comments|pics|photos)) to (?:your|ur) (?:wife|husband|family|mom|mum|parents|kids|girlfriend|boyfriend|employer|boss|work|school|church)\\b"
          + "|\\b(?:i|we)(?:'ll| will|'re gonna| are gonna|'re going to| are going to)? (?:keep )?expos(?:e|ing) (?:you|u|him|her|them)\\b"
          + "|^\\s*(?:@[\\w.]+\\s+)+[^.!?]{0,40}\\b(?:still|so|such|too|really) (?:ugly|fat|hideous|dumb|stupid|pathetic)\\b(?! (?:it's|its|they're|theyre|that it's|that they're) (?:cute|good|great|adorable|amazing|iconic|perfect|genius))"
          + "|\\b(?:you're|youre|you are|ur|u r)\\b[^.!?]{0,30}\\b(?:with|have|has|got) (?:no|zero) (?:friends|life|talent|personality|girlfriend|boyfriend)\\b"
          + "|\\b(?:when|because|cause|cuz|what happens when|proof that|why) (?:your )?(?:cousins|siblings) (?:marry|married|get married|breed|shouldn't marry|should not marry)\\b|\\binbred\\b"
          + "|\\bcrawl back (?:under|in|into|to) (?:your|ur|whatever|wherever|the) (?:\\w+ )?(?:rock|hole|cave|sewer|swamp|trailer|trailer park|gutter|basement|zoo)\\b|\\bcrawl back to (?:whatever|wherever)\\b"
          + "|\\b(?:nobody|no one)(?: \\w+){0,3} (?:can|could) (?:stand|stomach|tolerate|bear) (?:you|u|him|her)\\b|\\b(?:move|go) away already\\b"
          // round 30: "please stop reproducing", "fatherless behaviour", "that's all you're good at", "did you finish primary school?"
          + "|\\b(?:stop|never|don't|do not|shouldn't|should not|please don't) (?:ever )?(?:reproduc(?:e|ing)|breed(?:ing)?|procreat(?:e|ing))\\b"
          + "|\\bfatherless (?:behaviou?r|energy|vibes|ass|mf|clown|kid|child)\\b|\\b(?:that's|thats|that is) all (?:you're|youre|you are|ur|u r|she's|shes|he's|hes|she is|he is) good (?:at|for)\\b"
          + "|\\bgo back to (?:selling|posting|sending) (?:\\w+ )?(?:pics|feet pics|nudes|your body|ur body|onlyfans|content)\\b"
          + "|\\bdid (?:you|u|he|she) (?:even )?(?:finish|pass|go to|graduate(?: from)?|drop out of) (?:primary|elementary|middle|grade|high) school\\b"
          + "|\\b(?:you|u) can'?t even (?:spell|read|count|write a sentence)\\b"
          + "|\\bnever (?:have to )?(?:hear|see|read) (?:your|ur|his|her) (?:voice|face|name|posts?|videos?|content|opinions?) again\\b"
          + "|\\b(?:only|except|but) (?:your|ur|his|her) (?:mum|mom|mother|nan|grandma|dad)\\b[^.!?]{0,25}\\b(?:watch(?:es|ing)?|likes?|follows?|listens?|out of pity)\\b"
          // round 31: "everything about you screams failure", "the day you get banned will be a national holiday", "do everyone a favour and disappear"
          + "|\\b(?:everything about (?:you|u|him|her)|(?:you|u|your (?:\\w+ )?(?:face|vibe|energy|profile|page|life))) screams? (?:failure|loser|desperat\\w*|insecur\\w*|pathetic|incel|virgin|lonely|fraud|narcissis\\w*)\\b"
          + "|\\bthe day (?:you|u|he|she|they) (?:get|gets|are|is|finally) (?:\\w+ )?(?:banned|fired|arrested|cancell?ed|deleted|dies?|quits?|leaves?|retires?|disappears?)\\b[^.!?]{0,30}\\b(?:holiday|celebrat\\w*|party|best day)\\b"
          + "|\\bdo (?:us all|everyone|everybody|the world|society|humanity|all of us) a fav(?:ou?)?r and (?:\\w+ ){0,3}?(?:disappear|leave|quit|log off|delete|jump|die|stop|shut up|go away|vanish|retire|never)\\b"
          // round 32: parents imagined reading it, screenshots kept for an employer
          + "|\\bimagine (?:your|ur|his|her) (?:parents|mom|mum|dad|family|kids|children|boss|employer) (?:seeing|reading|watching|finding)\\b"
          // round 35: crayon eaters, a profile to be found and told, a toilet seat rather than their voice
          + "|\\b(?:eats?|eating|ate|chews?) (?:crayons|glue|paste|paint chips|lead paint)\\b|\\b(?:licks?|licking|licked) (?:the )?windows\\b|\\bwindow ?licker\\b"
          + "|\\b(?:y'all|yall|everyone|everybody|go|let's|lets|someone) (?:go )?(?:find|look up|track down) (?:this|that|his|her|their) (?:\\w+(?:'s)? )?(?:ig|insta|instagram|twitter|tiktok|facebook|fb|page|account|profile|socials|address|linkedin|number)\\b"
          + "|\\blet (?:him|her|them) know what (?:you|u|y'all|yall|we|everyone) (?:all )?(?:think|thinks)\\b"
          + "|\\b(?:rather|prefer to) (?:\\w+ ){1,4}?(?:than|then) (?:listen to|hear|watch|read|see) (?:this|that|him|her|you|u|them)(?: \\w+)? (?:speak|talk|sing|post|again)\\b"
          // round 39: looks rated out of ten, beached whales
          + "|\\b(?:she's|shes|she is|she a|you're|youre|you are|ur|u r|he's|hes|he is) (?:a |an )?(?:[0-3]|one|two|three)(?:/10)? (?:without|w/o|with no|minus) (?:the )?(?:filters?|makeup|make-up|lighting|angles)\\b"
          + "|\\bbeached whale\\b|\\blay off the (?:burgers|cake|cakes|donuts|doughnuts|fries|snacks|pies|buffet|carbs|cheeseburgers)\\b"
          // round 34: reviews to be left at someone's workplace, an IQ that drops when they speak
          + "|\\b(?:let's|lets|everyone|everybody|y'all|yall|we should|go) (?:all )?(?:go )?(?:leave|give|write|post|drop) (?:her|him|them) (?:some )?(?:\\w+ )?(?:reviews?|ratings?)\\b"
          + "|\\b(?:found|dug up|tracked down|looked up) (?:his|her) (?:linkedin|employer|workplace|work address|place of work)\\b"
          + "|\\b(?:average |collective |whole )?iq (?:of (?:the|this|any|every) (?:\\w+ )?(?:room|thread|chat|place|building|country|conversation) )?(?:drops|plummets|goes down|falls|sinks|lowers)\\b"
          + "|\\b(?:lowers?|lowering|drops?|dropping|drags? down) the (?:average |collective )?iq\\b"
          // round 33: a receding hairline, glass rather than your videos, a punchable face
          + "|\\bhairline (?:is )?(?:retreating|receding|running away|in retreat)\\b|\\bpunchable (?:face|mug|head)\\b|\\bslappable face\\b"
          + "|\\b(?:rather|prefer to) (?:eat glass|drink bleach|gouge my eyes out|stab myself|chew glass)\\b[^.!?]{0,20}\\b(?:than|then) (?:watch|listen|read|hear|see)\\b"
          + "|\\b(?:keep|kept|put|keeps) (?:her|him|them|you|u) on a (?:leash|lead|chain)\\b|\\bneeds? (?:to be )?(?:on )?a (?:leash|lead)\\b"
          + "|\\b(?:toupee|wig|comb-?over|hair ?piece|hair ?plugs|hairline|weave|fake tan|implants|botox|veneers|filters?)\\b[^.!?]{0,20}\\b(?:is|are|isn't|aren't|ain't)? ?(?:fool(?:s|ing)? (?:nobody|no one|anyone)|not fooling)\\b"
          + "|\\b(?:her|his|your|ur|their) (?:teeth|face|nose|hair|hairline|forehead|head|body|skin|eyes|ears|legs|voice|laugh|mouth) (?:looks?|sounds?|smells?) like (?:a |an |some )?(?:\\w+ )?"
          + "(?:fence|tombstones|graveyard|piano keys|horse|rat|pig|cow|potato|toe|thumb|bird'?s nest|mop|broom|haystack|scarecrow|garbage|trash|dumpster|car crash|train ?wreck|"
          + "road ?map|crater|shovel|corpse|zombie|skeleton|witch|goblin|troll|gremlin|shrek|frog|toad|walrus|donkey|hyena|foghorn|chalkboard|nails on a|sewer|landfill|ashtray|fart|roadkill)\\b"
          + "|\\b(?:someone|somebody) (?:please )?shut (?:him|her|them|this \\w+) up\\b|\\b(?:someone|somebody) (?:please )?(?:gag|muzzle|silence|duct ?tape) (?:him|her|them|this \\w+)\\b|\\bneeds? a muzzle\\b|\\b(?:put|get) a muzzle on\\b"
          + "|\\b(?:this|that|you|u|ur|you're|youre|what an?) (?:\\w+ )?(?:fat|ugly|old|stupid|dumb|lazy|stuck[- ]up|entitled|smelly|filthy|disgusting|nasty) (?:pig|cow|hag|witch|slob|whale|bimbo|broad|goblin|toad|walrus|hippo|bum|leech)\\b"
          + "|\\byou (?:absolute|complete|utter|total|massive|actual|fucking) (?!legend|star|hero|gem|angel|queen|king|icon|genius|beauty|sweetheart|darling|babe|"
          + "champ|champion|saint|treasure|life ?saver|unit|mad ?lad|madman|boss|beast|goat|rockstar|sweetie|cutie|love|delight|joy|wonder|marvel|lad|g\\b)[a-z]+\\b"
          + "|\\bashamed to call (?:yourself|urself|himself|herself) a\\b|\\b(?:banned|barred) from (?:existing|existence|living|breathing)\\b"
          + "|\\b(?:you're|youre|you are|ur|u r|she's|shes|she is) (?:such )?an? (?:total |absolute )?pick[- ]?me\\b|\\bgo choke on\\b|\\b(?:such an?|a total|an absolute|so) pick[- ]?me\\b"
          + "|\\b(?:chinese|asians?|koreans?|vietnamese)\\b[^.!?]{0,40}\\beat(?:s|ing)? (?:bats|dogs|cats)\\b"
          + "|\\b(?:needs?|should|ought|deserves?) to be (?:sectioned|committed|institutionali[sz]ed|locked (?:up|away) in an? (?:asylum|mental\\w*))\\b"
          + "|\\bstill lives? with (?:his|her|your|ur|their) (?:mum|mom|mother|mommy|mummy|parents|nan|grandma)\\b|\\buninstall (?:\\w+ ){0,4}(?:your|ur) life\\b|^\\W*(?:@[\\w.]+\\s+)*uninstall life\\b"
          // round 28: a mind knocked loose, a face as the punchline
          + "|\\b(?:one too many|too many) (?:hits|blows|knocks|punches|kicks) (?:to|on|in) the head\\b|[,;]\\s*(?:just |same )?(?:like|as) (?:your|ur) (?:face|mug)\\s*(?:lol|lmao)?\\W*$"
          + "|\\bneeds? (?:(?:his|her|their|your|ur) )?head (?:checked|examined)\\b|\\ba man in a dress\\b|\\bmen in dresses\\b"
          + "|\\b(?:diversity|dei) (?:quota|hire)\\b|\\bbecause of (?:a )?(?:diversity|dei|affirmative action)\\b"
          + "|\\bbet (?:this (?:guy|girl|dude|clown)|you|u|he|she) still (?:lives|wets|sleeps|cries|plays)\\b"
          + "|\\bnot (?:even )?(?:pretty|smart|funny|hot|attractive|rich|talented|interesting) enough to\\b"
          // condescension: "thinking isn't your thing", "stick to makeup sweetie"
          + "|\\b(?:thinking|reading|maths?|logic|spelling|critical thinking|brains?|common sense)(?:'s| is)? (?:clearly |obviously |just )?"
          + "(?:not|isn't|isnt|ain't|aint|never been|was never) (?:your|ur) (?:thing|strong suit|forte|strength|department)\\b"
          + "|\\bstick to (?:\\w+ ){1,3}?(?:sweetie|sweety|sweetheart|honey|hun|hon|darling|dear|princess|little girl|little boy|kiddo|babe)\\b"
          + "|\\b(?:hasn't|hasnt|has not|haven't|havent|never) (?:showered|bathed|washed)\\b|\\blose (?:a )?brain cells?\\b|\\bbrain cells? (?:die|dying)\\b"
          + "|\\bif (?:you|u) love (?:it|them|\\w+) so much,? (?:go|move)\\b"
          + "|\\bwith (?:that|ur|your) (?:ugly )?(?:face|mug)\\b|\\b(?:your|ur) (?:ex|wife|husband|mom|mum|dad|boss|therapist|parents) (?:was|were) right about (?:you|u)\\b"
          + "|\\bhey,? (?:fatty|tubby|piggy|lardass|fatso|chubby|four ?eyes|baldy|ugly)\\b|\\b(?:we'll|we will|let's|we can) settle this (?:properly|outside|in person|irl|like men)\\b"
          + "|\\b(?:dementia|alzheimer'?s|senility)\\b[^.!?]{0,20}\\b(?:hitting|kicking|setting|getting to) (?:you|u|in)\\b"
          + "|\\b(?:no one|nobody) (?:would|will) (?:notice|care|miss (?:you|u)) if (?:you|u) (?:vanished|disappeared|died|left|were gone)\\b"
          + "|\\bdesperate for (?:attention|validation|likes|clout)\\b|\\bhow desperate (?:you|u) are\\b"
          + "|\\byou people (?:\\w+ )?(?:ruined|ruin|are ruining|destroyed|are destroying|invaded) (?:this|our|the) (?:country|nation|city|town|neighbourhood|neighborhood)\\b", F);
  /**
   * Weaker signs of an attack on the person addressed, taken only when the writer says nothing of
   * themselves: comparisons ("you sound like a broken record", "the personality of wet cardboard")
   * and "people like you".
   */
  /**
   * Words that degrade a person to an animal, a body or a sexual slur ("your staff are filthy animals",
   * "the receptionist was a dumb bimbo", "your fat employees"): an insult even in a customer's
   * complaint, where milder ones ("your agent was a clown") are the complaint's heat.
   */
  /** A person singled out by a disability ("the autistic kid", "that disabled girl"), which DEGRADING's readings of mockery share. */
  private static final String DISABLED_PERSON = "(?:the|that|this|your|ur) (?:autistic|disabled|deaf|blind|downs?|down syndrome|special needs|wheelchair|crippled|handicapped) (?:kid|child|boy|girl|man|woman|lad|guy|one|bloke|lady)";
  private static final Phrases DEGRADING = Phrases.compile(
      // round 85: "I want to see you cry on camera like the pathetic loser you are"
      "\\blike the (?:\\w+ ){0,2}?" + NAME_CALLING + " (?:that )?(?:you|u) (?:are|r)\\b(?! (?:not|nt)\\b)|"
      // round 84: a person singled out by disability and called creepy or a freak ("the autistic kid on your show is creepy")
      + "\\b" + DISABLED_PERSON + "\\b"
          + "[^.!?]{0,40}? (?:is|was|looks|seems) (?:so |really |proper )?(?:creepy|disgusting|gross|a freak|freaky|weird|an embarrassment|unwatchable|hard to look at|painful to watch)\\b|"
      // round 82: "the fat slob serving at the counter", "that ugly cow at reception"
          + "\\b(?:the|that|this|your|ur) (?:\\w+ )?(?:fat|ugly|lazy|greasy|smelly|obese|hideous) (?:\\w+ )?(?:slob|cow(?! (?:print|milk|leather|hide))|"
          + "pig(?! (?:in blankets|roast))|hag|whale|hippo|walrus|bitch|skank|bimbo|heifer|sow)s?\\b|"
          + "\\b(?:is|are|was|were|'s|'re)\\s+(?:all\\s+|just\\s+|nothing but\\s+|such\\s+)?(?:an?\\s+)?(?:(?:filthy|dirty|dumb|stupid|fat|lazy|ugly|useless|"
          + "disgusting|brain-?dead|brainless|mindless|gutless|spineless|thieving|smug|weaselly|absolute|complete|total|fucking|bloody|nasty|smelly|ignorant|"
          // round 84: "your chef is a greasy little rat"
          + "greasy|slimy|sneaky|little|"
          + "incompetent|worthless|pathetic)\\s+)+(?:animals?|pigs?(?! in blankets)|cows?|slobs?|bimbos?|whores?|sluts?|monkeys?|apes?|retards?|subhumans?|skanks?|hags?|rats?|vermin|"
          + "sheep|slugs?|snakes?|gypsies|pikeys|chavs)\\b"
          + "|\\b(?:is|are|was|were|'s|'re)\\s+(?:just\\s+)?(?:an?\\s+)?(?:pack|bunch|load|gang|herd|shower|band) of (?:\\w+ )?(?:animals|pigs|apes|monkeys|rats|vermin|sheep|"
          + "gypsies|pikeys|chavs|inbreds|scum|wankers|retards|parasites|cockroaches|savages|thieves)\\b"
          + "|\\b(?:is|was|'s)\\s+(?:just\\s+)?an?\\s+(?:ape|monkey|animal|pig|cow|gorilla|baboon|chimp)\\b"
          // sexual harassment: "sit on my face", "show us what's under the leggings"
          + "|\\baround something of mine\\b|\\bshow (?:us|me) what'?s under (?:the|your|ur|that|those|her) \\w+|\\bsit on my (?:face|lap|dick|cock)\\b"
          // round 59: "I'd bend you over that counter"
          + "|\\b(?:i'd|i would|id|i'll|i will|i'm gonna|im gonna|gonna|i wanna|i want to|i could) bend (?:you|u|her|him|them) over\\b"
          + "|\\b(?:i'd|i would|i'll|i will|i'm gonna|im gonna|i could) (?:ruin|destroy|wreck|rail|smash|pound) (?:you|u|her) (?:in bed|all night)\\b|\\bnice (?:tits|boobs|rack|titties)\\b"
          // round 82: comments on a person's body and sex life ("you'd look even better without those leggings", "bet you're a freak in bed",
          // "wanna see what's under that hoodie", "your advisor has a lovely body, I book appointments just to stare at her")
          + "|\\b(?:look|be|looks?) (?:even |so much |way )?(?:better|hotter|sexier|prettier|fitter) (?:without|with no|out of|minus) (?:those|that|your|ur|the|her|his|any) (?:\\w+ )?"
          + "(?:leggings|top|clothes|dress|shirt|bra|jeans|shorts|skirt|bikini|outfit|hoodie|uniform|swimsuit|towel|knickers|pants|underwear)\\b"
          + "|\\b(?:freak|animal|beast|tiger|wildcat|minx) in (?:bed|the sack|the sheets|the bedroom)\\b"
          // round 83: "the new DJ is a closet case, come out already", "stick to pointing at maps love", "the pilot is a woman? turn the plane around",
          // "sounded like a brain-damaged toddler", "the comedian is a gypsy and probably nicked the microphone", "I've saved all your photos, every single one"
          + "|\\b(?:is|'s|are|'re) (?:a |such a |totally a |obviously a )?closet (?:case|gay|queen|homo|queer|lesbian|dyke)s?\\b"
          + "|\\bstick to (?:pointing at (?:maps|the map|clouds)|making (?:sandwiches|butties)|looking pretty|the kitchen|the washing up)\\b"
          + "|\\bthan (?:her|his|their|your|ur) (?:brain|brain cell|iq|talent) (?:deserves|can handle|can cope with)\\b"
          + "|\\b(?:is|'s) an? (?:woman|girl|female|chick|lady)\\s*\\?+\\s*(?:turn|get (?:me )?off|no thanks|nope|i'm out|im out|lmao|lol|yikes|pass|cancel|god help|we're doomed|we're all dead)"
          + "|\\b(?:sounded|sounds|looked|looks|acts|acted|talks|talked) like an? (?:\\w+ )?(?:brain-?damaged|retarded|inbred|mongoloid|mong|spastic|special needs) (?:\\w+)\\b"
          + "|\\b(?:is|'s|are|'re) (?:a |an )?(?:gypsy|gypsies|pikey|pikeys|gyppo|traveller|jew|paki|gypo)s? (?:so|and|which means|meaning) (?:he |she |they )?(?:\\w+ ){0,2}?(?:nicked|stole|steals|nicks|robbed|rob|steal|scams?|scammed|tight|cheap|smells?|smelly)\\b"
          + "|\\b(?:i've|ive|i have) (?:saved|downloaded|screenshotted|screenshot|kept) (?:all|every one of|every single one of|all of) (?:your|ur|her|his) (?:photos|pics|pictures|selfies|videos|posts|stories)\\b"
          + "[^.!?]{0,12}(?:every (?:single )?one|all of them|for later|for myself|in a folder|[\\x{1F618}\\x{1F60F}\\x{1F924}\\x{1F975}\\x{1F440}])"
          + "|\\byou (?:\\w+ ){0,2}?(?:entitled|stupid|fat|ugly|dumb|silly|old|miserable|pathetic|thick|dirty|filthy|nasty|jealous|bitter|lazy) (?:cow|bitch|slag|slut|whore|hag|heifer|skank)s?\\b(?!\\s+(?:biscuits?|print|milk|cakes?|bars?|sweets|chocolate|brand|range))"
          + "|\\b(?:is|'s|you're|youre|ur|are) (?:an? |such an? |just an? )?\\x{1F3F3}\\x{FE0F}?\\x{200D}?\\x{1F308}\\s*(?:softie|snowflake|wimp|sissy|pansy|fairy|queen|\\x{1F921}|\\x{1F92E}|\\x{1F485})"
          // round 83, at staff on a company page: "we all know what she did on her knees to get there", "looks about 12, I'd still hit it"
          + "|\\b(?:what|who) (?:she|he) did (?:on (?:her|his) knees|on (?:her|his) back|in the (?:boss's|ceo's) office)\\b|\\bon (?:her|his) knees (?:to get (?:there|that job|the job|promoted|the promotion|that promotion|the role|ahead|her job|his job)|for (?:the|that|her|his) (?:job|promotion|role|raise))\\b"
          + "|\\b(?:sleeping|slept|sleeps|shagging|shagged) (?:with )?(?:the|her|his|your) (?:boss|manager|ceo|director|producer|editor)\\b[^.!?]{0,20}?\\b(?:pays? off|paid off|worked|works|got (?:her|him) (?:the|that))"
          + "|\\bi'?d (?:still |totally |defo |def |so |lowkey )?(?:hit|smash|tap|bang) (?:it|that)\\b(?! (?:again|with|out of|off|for six|harder|home))"
          // round 83: "the air hostess in this video is begging for it dressed like that"
          + "|\\b(?:begging|asking|gagging) for it\\b[^.!?]{0,20}?\\b(?:dressed|in that|in those|wearing|like that)\\b|\\bdressed like that\\b[^.!?]{0,30}?\\b(?:begging|asking|gagging) for it\\b"
          + "|\\b(?:see|know|show (?:us|me)) what'?s under (?:that|your|ur|her|his|those|the) (?:\\w+ )?(?:hoodie|top|dress|skirt|shirt|uniform|clothes|leggings|towel|apron|coat)\\b"
          + "|\\b(?:i|i'd|i'll|i'm|im|i just|just to|love to|wanna|want to|i could|could)(?: \\w+){0,3}? (?:stare|staring|stared|perv|perving|perved|ogle|ogling|drool|drooling|leer|leering|gawp|gawping|wank|wanking|jerk off|jerking off) (?:at|over|to|on) (?:her|him|them|your \\w+|that \\w+|@\\w+)\\b"
          + "|\\bsee more of (?:her|him|you|u|that)\\b[^.!?\\w]{0,6}[\\x{1F924}\\x{1F975}\\x{1F445}\\x{1F346}\\x{1F351}\\x{1F60F}\\x{1F4A6}]"
          + "|\\b(?:daughter|girl|niece|little one|she)(?:'s| is) (?:growing up|filling out|developing|blossoming) (?:nicely|well|fast)\\b[^.!?]{0,40}[\\x{1F609}\\x{1F60F}\\x{1F924}\\x{1F975}\\x{1F61C}]"
          + "|\\b(?:you'd|youd|you would|u would|she'd|she would) be (?:so much |way |a lot )?(?:prettier|hotter|better looking|more attractive|cuter|fitter) if (?:you|u|she) (?:smiled|lost|dropped|wore|shut|did|put|wasn't|weren't)\\b"
          + "|\\b(?:protects?|protecting|covers? for|covering for|defends?|defending) (?:pedo(?:phile)?s|paedo(?:phile)?s|nonces|child molesters|groomers|rapists)\\b"
          + "|\\b(?:sleeping|slept|sleeps) (?:her|his|their) way (?:to|up|into)\\b"
          // round 41: staff told to go back to a country, looks of staff, "an illegal who should be deported"
          + "|\\btell (?:him|her|them|your (?:\\w+ ){1,2}?(?-i:[A-Z])\\w+|your \\w+) to go back to (?:india|pakistan|bangladesh|china|africa|mexico|syria|somalia|iraq|iran|afghanistan|nigeria|poland|romania|haiti|the philippines|(?:his|her|their) (?:own )?(?:country|village))\\b"
          + "|\\b(?:agent|cashier|receptionist|waitress|waiter|server|nurse|rep|employee|staff member|manager|driver|barista|teller|host|hostess)\\b(?: (?-i:[A-Z])\\w+)? (?:is|was|'s) so (?:ugly|hideous|fat|gross|repulsive)\\b"
          + "|\\b(?:is|are|'s|'re) (?:an? )?(?:illegals?|illegal aliens?|illegal immigrants?)\\b(?: who)? (?:should|needs? to|ought to) (?:be )?(?:deported|sent back)\\b"
          // round 39: caged like an animal
          + "|\\b(?:locked|kept|put|caged) (?:up )?in a cage like (?:an? )?(?:animal|dog|monkey|ape|beast)s?\\b"
          // round 38: a "diversity hire", "never be allowed near children", a job got for her looks
          + "|\\b(?:diversity|dei|affirmative action|quota|token) (?:hire|pick|appointment)s?\\b"
          // round 85 (a brand's diversity campaign on LinkedIn): a promotion put down to skin or sex, a person called "it", people
          // called a mental illness, a person with a disability mocked, a smear that "they" are a danger to children
          + "|\\bonly (?:got|get|gets|hired|promoted|picked|chosen|cast|there|reason (?:he|she|they|this \\w+) (?:got|was|were|is|are))\\b[^.!?]{0,30}?\\b(?:because|is) (?:of )?"
          + "(?:the colou?r of (?:his|her|their) skin|(?:his|her|their) (?:race|skin colou?r|gender|sex|ethnicity|religion|sexuality|looks|body))\\b"
          + "|\\b(?:is|'s) an it(?=\\s*(?:[,.!?]|$|,? not\\b))|\\bit,? not an? (?:she|he|woman|man|girl|boy|lady)\\b"
          + "|\\b(?:these|those|such|all these|all those) (?:people|freaks|creatures|types|weirdos)\\b (?:are|is) (?:a |an |just a |just an )?(?:mental illness|mental disorder|disease|cancer|plague|virus|infestation|sickness|disorder|abomination)\\b"
          // not "scriptures about how being gay is an abomination": what others told the writer
          + "|(?<!\\b(?:how|that|says|said|think|thinks|believe|believes|claim|claims|preach|preached|taught) (?:being )?)\\b(?:being )?(?:trans|transgender|transgenderism|gay|queer|homosexuality|lgbt\\w*|non-binary|nonbinary) (?:people )?(?:is|are) (?:a |an |just a )?(?:mental illness|mental disorder|disease|sickness|abomination|perversion)\\b"
          + "|\\b" + DISABLED_PERSON + "\\b[^.!?]{0,40}?\\b(?:bet|i bet|doubt|i doubt|probably) (?:she|he|they) (?:can't|cannot|couldn't|can|could) even (?:hold|lift|use|read|walk|stand|see|hear|speak|talk|spell|count|"
          + "feed|dress|wipe|tie|work|do (?:it|that|her job|his job|the job))\\b"
          + "|\\b(?:someone|somebody|anyone|people|men|guys|his kind|their kind) like (?:him|her|them|that)\\b[^.!?]{0,20}\\b(?:near|around) (?:my|our|the|your|any) (?:kids|children|son|daughter|grandkids|grandchildren|little ones)\\b"
          + "[^.!?]{0,40}\\byou know what (?:they|they're|his kind|their kind|that lot|those people|his lot|them lot) (?:are )?like\\b"
          + "|\\b(?:shouldn't|should not|should never|must never|mustn't) be (?:allowed|let) (?:anywhere )?(?:near|around) (?:children|kids|minors|little (?:girls|boys))\\b"
          + "|\\b(?:only )?got (?:the|her|his|that|this) (?:job|role|position|promotion|gig|part) (?:because of|for|thanks to) (?:her|his) (?:looks|body|tits|boobs|gender|race|skin colou?r)\\b"
          + "|\\b(?:sleeping|slept|sleeps) with (?:the |her |his |their )?(?:\\w+ )?(?:manager|boss|director|producer|teacher|ceo|owner|supervisor|coach)\\b[^.!?]{0,20}\\b(?:to get|for (?:the|a|her|his|their)) (?:promoted|promotion|the job|ahead|the role|the part|a raise)\\b"
          + "|^\\W*fat ?ass(?:es)?\\b|\\b(?:you|u|ur|this|that|the|what a|lil|lazy|ugly) fat ?ass(?:es)?\\b"
          + "|\\b(?:brain-?dead|brainless|mindless|dumb|stupid|filthy|thieving|lazy|ugly) (?:apes|monkeys|baboons|chimps|gorillas)\\b|\\b(?:brain-?dead|brainless|mindless) (?:animals|pigs|sheep|zombies)\\b"
          + "|\\b(?:is|are|was|were|'s|'re)\\s+(?:just\\s+)?(?:an?\\s+)?walking (?:std|stds|disease|herpes|infection|petri dish|biohazard)\\b"
          + "|\\b(?:are|were|'re)(?<!there are|there were|there're)\\s+(?:all\\s+|just\\s+)?(?:animals|apes|monkeys|gorillas|baboons|chimps)\\b"
          + "|\\b(?:is|are|was|were|'s|'re)\\s+(?:all\\s+|just\\s+|such\\s+)?(?:an?\\s+)?(?:bimbos?|whores?|sluts?|retards?|retarded|subhumans?|skanks?)\\b"
          // round 66: "pathetic incel", "a limp wristed fairy"
          + "|\\b(?:pathetic|ugly|fat|virgin|sad|lonely|basement) (?:incel|simp|neckbeard)s?\\b|\\blimp[- ]wrist(?:ed)?\\b"
          // round 62: "whoever runs this account is a thick cunt", "not some hormonal woman", "tell Jess I said she has a nice ass"
          + "|\\b(?:is|are|was|were|'s|'re)\\s+(?:such\\s+)?an?\\s+(?:[\\w-]+\\s+){0,2}cunts?\\b"
          + "|\\b(?:some|a|the|that|this|another) (?:hormonal|menopausal|pmsing|pms-ing) (?:woman|female|girl|bitch|cow|lady)\\b"
          + "|\\b(?:she|he|her|his|you|u) (?:has|have|got|'s got|'ve got) (?:a )?(?:nice|great|fat|juicy|peng|banging|tight|lovely) (?:ass|arse|bum|butt|tits|boobs|rack|titties)\\b"
          // round 60: "Kim is a home wrecking slag"
          + "|\\b(?:is|was|'s)\\s+(?:such\\s+)?an?\\s+(?:[\\w-]+\\s+){0,2}(?:slag|slut|whore|skank|tramp|tart|hussy|home ?wrecker|home-wrecker|slapper)\\b"
          // round 58: "the manager at your Croydon branch, Darren, is a nonce"; "the black girl at the till couldn't even count change, typical"
          + "|\\b(?:is|are|'s|'re)\\s+(?:all\\s+|just\\s+|such\\s+|a known\\s+|a bloody\\s+|a fucking\\s+)?(?:an?\\s+)?(?:nonces?|pedos?|paedos?|pedophiles?|paedophiles?|child molesters?|kiddie fiddlers?|kiddy fiddlers?|groomers?)\\b"
          + "|\\b(?:the|that|this|a) (?:black|asian|indian|chinese|muslim|mexican|polish|romanian|foreign|african|arab|paki|gay|trans|disabled) (?:girl|guy|woman|man|lady|bloke|dude|kid|lad|fella|chap|worker|cashier|driver|employee|staff member)\\b[^.!?]{0,80}?,?\\s*(?:typical|classic|figures|what do you expect|say no more)\\W*$"
          + "|\\b(?:stupid|dumb|fat|ugly|useless|lazy|filthy|dirty|disgusting|brain-?dead|old)\\s+(?:cow(?! print)|pig(?! roast)|bimbo|whore|slut|monkey|retard|hag|skank|bitch)s?\\b"
          + "|\\b(?:autistic|retarded|spastic|spaz|mongoloid|downie|schizo) (?:freak|idiot|moron|loser|clown|bitch|cunt|twat|weirdo|creep|retard|mong)s?\\b"
          + "|\\blooks? like (?:a |an )?(?:pedo\\w*|paedo\\w*|child molester|nonce|kiddie fiddler|sex offender)\\b"
          + "|\\blooks? like (?:he|she|they|someone who|a guy who) (?:molests?|touches|diddles|grooms|fiddles with) (?:kids|children|little (?:boys|girls))\\b"
          + "|\\b(?:your|the|that|this|those|these|all (?:your|the|those)) (?:fat|ugly|hideous|obese|butt ugly) (?:\\w+ )?(?:employees|staff|workers|cashiers?|drivers?|servers?|waiters?|waitress(?:es)?|"
          + "cooks?|managers?|receptionists?|agents?|nurses?|guys?|girls?|lady|ladies|woman|women|man|men|people)\\b", F);
  /** What someone else called the writer, reported: "the driver called me a fat pig". */
  private static final Phrases CALLED = Phrases.compile(
      "\\bcall(?:ed|s|ing)? (?:me|us|him|her|them|my \\w+|our \\w+)(?: an?| such an?)?(?: \\w+)?\\s*(?:" + OPENING_QUOTE + "|')?\\s*$", F);
  /** A call to hurt a person ("someone should key her car"): an attack even in a comment about the business. */
  private static final Phrases HARM_CALL = Phrases.compile(
      // screenshots kept for someone's employer or family: exposure, even beside "keep talking"
      // round 85: "hope your families get vaccine injured", "round up every one of your health advisers and lock them in a camp"
      "\\bhope (?:your|ur|their|his|her) (?:\\w+ )?(?:famil(?:y|ies)|kids|children|son|daughter|wife|husband|loved ones|parents|mum|mom|dad|babies|baby|grandkids)\\b (?:\\w+ ){0,2}?"
          + "(?:gets?|are|is|becomes?|end up) (?:vaccine |jab |badly |seriously |really |terminally |gravely |horribly |fatally |permanently |very )?(?:injured|hurt|sick|ill|cancer|killed|harmed|paralysed|paralyzed|disabled|damaged|raped|poisoned)\\b|"
          + "\\bround (?:up|them up|'em up|em up)\\b[^.!?]{0,70}?\\b(?:(?:in|into|to) (?:a |the )?(?:camps?|gas chambers?|concentration camps?|gulags?|cages?)|(?:shoot|hang|gas) (?:them|'em|em|the lot))\\b|"
      // round 85: "hope your team enjoys unemployment when this company folds", wished on people
          + "\\bhope (?:your|ur|the|their|all|every|his|her) (?:[\\w\"']+ ){0,3}?(?:team|staff|employees|workers|people|lot|ceo|boss|founder|execs|hr|marketing (?:team|department)|one of them)\\b[^.!?]{0,12}?\\benjoys? "
          + "(?:the )?(?:unemployment|the dole|job ?cent(?:re|er)|being (?:unemployed|jobless|homeless|broke)|poverty)\\b|"
          + "\\bscreenshott?(?:ing|ed)? (?:\\w+ ){0,2}(?:for|to send to|to) (?:your|ur|his|her) (?:employer|workplace|wife|husband|family|school|parents)\\b|"
          // round 84: "should've hit him harder" (not "deserves every beating he gets": a film's villain does)
          + "\\bshould(?:'ve| have| of) (?:hit|punched|kicked|slapped|beaten|smacked|battered) (?:him|her|them) (?:harder|more|again)\\b|"
          // round 83, at public figures: "should be dragged out of parliament", "should be tarred and feathered", "should be run out of town",
          // "her face makes me want to put my fist through the screen"
          + "\\b(?:should|deserves? to|needs? to|ought to) be (?:\\w+ )?(?:dragged (?:out|off|through the streets|from)|tarred and feathered|run out of (?:town|the country)|put in the stocks|horsewhipped)\\b|"
          + "\\b(?:face|voice|smile|smirk|laugh)\\b[^.!?]{0,20}?\\b(?:makes?|made) me (?:want to|wanna) (?:punch|put my fist through|slap|hit|strangle|throttle|deck|smack) (?:him|her|them|the screen|that face|his face|her face|their faces)\\b|"
          + "\\b(?:someone|somebody|anyone|anybody)\\s+(?:should|needs? to|oughta|ought to|gotta|go|please)\\s+(?:\\w+\\s+){0,2}?"
          + "(?:smack|slap|punch|kick|beat|key|slash|stab|shoot|run over|jump)\\s+(?:him|her|them|you|u|his|their)\\b"
          // not a relative who found her own ("my mum found her address on your marketing letter spelled wrong", round 84)
          + "|(?<!\\b(?:mum|mom|dad|wife|husband|son|daughter|sister|brother|partner|nan|gran|grandma|grandad|aunt|uncle|friend) )"
          + "\\b(?:got|have|found|dug up|pulled) (?:your|ur|his|her) (?:home )?address (?:from|on|off|in)\\b"
          + "|\\b(?:needs?|deserves?|ought) to be (?:\\w+ (?:and|&) )?(?:publicly |really |properly )?(?:humiliated|shamed|beaten|slapped|punched|spat on|kicked|bullied|jumped)\\b"
          // round 69: "the type of guy to get jumped at the bus stop and deserve it", "if his house gets robbed again ... rat deserves it"
          + "|\\b(?:get|gets|getting|got) (?:jumped|beaten(?: up)?|stabbed|punched|slapped|robbed|mugged|burgled|attacked|battered|glassed)\\b[^!?]{0,60}\\b(?:and|&|\\w+) deserves? (?:it|that)\\b"
          // round 58: "I'd love to see that presenter get slapped on live TV"
          + "|\\b(?:i'd|i would|id|i'll|i will|would) (?:love|like|pay|give anything|kill) to see (?:him|her|them|you|u|that \\w+|this \\w+|the \\w+|@\\w+) (?:get |getting |being )?(?:slapped|punched|smacked|beaten(?: up)?|battered|kicked|knocked out|decked|stabbed|shot|run over|hit by (?:a|the) (?:bus|car|truck|lorry|train)|set on fire|lynched|hanged|strung up|raped|tortured)\\b"
          + "|\\b(?:needs?|deserves?|wants?|should (?:have|get)|ought to have) (?:their|his|her|your|ur|its) (?:\\w+ )?(?:head|face|teeth|skull|legs?|arse|ass|jaw|nose) "
          + "(?:kicked|smashed|caved|punched|knocked|bashed|stamped|broken|busted|rearranged)\\b"
          + "|\\b(?:should|needs? to|ought to|deserves? to) be (?:fired|launched|shot|thrown|yeeted|sent|strapped to a rocket) into the sun\\b"
          // round 66: "every shareholder should be lined up against a wall", "I'll find out who you are and tell your employer"
          + "|\\b(?:should|needs? to|ought to|deserves? to) be (?:lined up|put up|stood up) against (?:a|the) wall\\b"
          // round 68 (backlash at a Pride campaign): "your designer should be hanging from a lamppost", "the trans model's address is on her linktree, let's go visit"
          + "|\\b(?:should|needs? to|ought to|deserves? to) (?:be )?(?:hanging|swinging|hung|strung up) (?:from|off) (?:a|the) (?:lamppost|lamp post|lamp-post|tree|rope|bridge|crane|noose)\\b"
          + "|\\b(?:address|house|home|location|street)\\b[^.!?]{0,50}\\b(?:let's|lets|we should|who's|whos|time to) (?:go )?(?:visit|pay (?:her|him|them) a visit|go round|drop by|show up)\\b"
          + "|\\b(?:i'll|i will|gonna|i'm going to|im going to) (?:find out who (?:you|u) (?:are|really are)|find (?:your|ur) (?:employer|boss|workplace|job))\\b[^.!?]{0,40}\\b(?:tell|email|call|contact|message|inform) (?:your|ur) (?:employer|boss|work|workplace|manager|family|wife|husband|parents)\\b"
          // round 65: "ur voice makes me want to punch u"
          + "|\\bmakes? me want to (?:punch|slap|hit|kill|strangle|smack|kick|stab|hurt|strangle) (?:you|u|ya|him|her|them)\\b"
          // round 64: "I'm sending your post to your boss, you're done"
          + "|\\b(?:i'm|im|i am|i'll|i will|gonna|i've|ive|i just)\\s+(?:sending|send|sent|forwarding|forward|forwarded|emailing|email|emailed|showing|show|showed)\\s+(?:this|it|them|these|your (?:\\w+ ){0,2}(?:post|posts|comments?|tweets?|profile|account|messages|dms|photos|pics))\\s+to\\s+(?:your|ur|his|her|their) (?:boss|employer|work|workplace|manager|wife|husband|mum|mom|parents|school|family|hr|uni|university|church)\\b"
          // round 62: "that mongoloid on your phone line needs putting down"
          + "|\\b(?:needs?|wants?|deserves?) (?:putting down|putting to sleep|a bullet|shooting|hanging|a good kicking|a kicking|a beating|stringing up)\\b"
          // round 60: "String him up. Simple."
          + "|\\bstring (?:him|her|them|(?:that|this|the) (?:\\w+ )?(?:man|woman|guy|bloke|lad|scrote|scumbag|animal|monster|beast|nonce|paedo|pedo|thief|driver)) up\\b"
          // round 48: "your CEO should hang"
          + "|\\b(?:ceo|boss|manager|owner|founder|director|chairman|he|she|they)\\s+(?:should|deserves? to|needs? to|ought to) (?:hang|be hanged|be hung|swing from)\\b"
          + "|\\b(?:needs?|deserves?|ought) to lose (?:(?:their|his|her|your|ur) \\w+ (?:and|&) )?(?:their|his|her|your|ur|some|all (?:their|his|her|your)) (?:front )?(?:teeth|eyes?|fingers?|hands?|legs?|kneecaps?)\\b"
          + "|\\b(?:should|needs? to|ought to|deserves? to) (?:be|get) (?:\\w+ ){0,5}?(?:beaten|lynched|stabbed|stoned|whipped|flogged|tortured|strung up|hanged|shot|executed|gassed|put down)\\b"
          // round 83: not "the plot deserves to be executed better", "this deserves to be shot in 4k"
          + "(?! (?:better|properly|well|right|correctly|again|with|in (?:better|a better|proper|hd|4k|colou?r|full)|on (?:film|camera)|up\\b))"
          // round 45: "someone should teach that community manager a lesson she won't forget"; a threat or a customer's anger: a moderator judges
          + "|\\bteach (?:\\w+ ){1,3}a lesson (?:he|she|they|you|u)(?:'ll| will)? (?:won't|wont|will not|never) forget\\b"
          // round 42: "you should be dragged out of your mansion"
          + "|\\b(?:should|needs? to|ought to|deserves? to) be (?:dragged|thrown|kicked) out of (?:your|ur|his|her|their) (?:house|home|mansion|bed|office|car)\\b", F);
  private static final Phrases PERSONAL_WEAK = Phrases.compile(
      "\\byou(?:'re|\\s+are|\\s+r)?\\s+(?:look|sound|smell|type|act|talk|dress|write|dance|sing|rap|walk|kiss|laugh|eat)s?\\s+like"
          // a compliment ("you look like a queen", "you sing like an angel") or "like" as a conjunction ("like it's easy")
          + "(?!(?:\\s+(?:a|an|the|some|such|real|true|total|absolute|little|proper|young|movie|pro))*\\s+(?:angel|angels|queen|king|princess|prince|goddess|god|model|pro|"
          + "star|superstar|rockstar|legend|boss|champ|champion|million|snack|dream|natural|professional|celebrity|icon|genius|hero|diva|beyonce|it|its|it's|this|that|"
          + "nobody|no one|nothing|everyone|crazy|mad|never|always|you|your|ur|u|we|they|he|she|i)\\b)(?:\\s+(?:a|an|the|some))?(?:\\s+\\w+){0,2}"
          + "|\\b(?:personality|charisma|brains?|iq|intelligence|attention span|emotional range|sex appeal) of (?:a |an )?\\w+"
          + "|\\b(?:zero|no|0|two|2|one|1) brain ?cells?\\b"
          // round 65 (TikTok): "bro is built like a fridge, go on a diet", "delete ur account", "gay ahh voice", "the jawline of a toe",
          + "|\\b(?:is|are|r|'s) built like an? (?:fridge|bus|house|tank|whale|truck|barrel|potato|thumb|toddler|wardrobe|shed)\\b|\\bgo on a diet\\b"
          + "|\\bdelete (?:ur|your) (?:account|acc|page|channel|profile|tiktok|insta)\\b"
          + "|\\b(?:gay|autistic|retarded|ugly|fat) (?:ahh|ass) (?:voice|face|haircut|outfit|laugh|walk|teeth|person|girl|boy|man|woman|dude|kid)\\b"
          // round 69 (TikTok): "those thunder thighs could end a war"
          + "|\\bthunder thighs\\b|\\bcankles\\b"
          + "|\\b(?:the |a )?(?:jawline|hairline|chin|teeth|forehead) of an? \\w+"
          + "|\\bhuman (?:equivalent|version) of\\b|\\b(?:you're|youre|you are|ur) the reason\\b"
          + "|\\bas (?:stupid|dumb|ugly|thick|useless|worthless|annoying|fake|bad|boring|pathetic) as (?:you|u|your)\\b|\\b(?:you'd|you would) need a brain\\b"
          + "|\\b(?:people|women|men|girls|guys|folks) like (?:you|u|her|him|@\\w+)\\b"
          + "|\\blooks? like (?:he|she|they|bro|someone) (?:was|were|got) (?:assembled|built|made|drawn|put together|designed|created|grown|carved|sculpted|photoshopped)\\b|\\b(?:how|why) are (?:you|u) (?:this|so) (?:stupid|dumb|thick|dense|ugly|annoying)\\b"
          + "|\\b(?:someone|anyone|somebody) this (?:stupid|dumb|thick|dense|ugly|annoying)\\b"
          + "|\\btypical (?:\\w+ )?(?:woman|female|girl|man|male|boomer|millennial|immigrant|foreigner|lefty|leftie|liberal|libtard|snowflake|karen)\\b"
          + "|\\b(?:no|not one|not a single) (?:man|woman|guy|girl|one|body|employer|company)\\b[^.!?]{0,20}\\b(?:will|would|could) ever (?:marry|date|love|want|hire|touch|kiss|like) (?:you|u|her|him)\\b"
          + "|\\b(?:you|u|she|he) (?:wish|wishes) (?:you|u|she|he) (?:were|was|looked) (?:\\w+ )?(?:pretty|hot|cute|smart|funny|relevant|famous|attractive|interesting|talented)\\b"
          + "|\\bno wonder (?:you|u|he|she|they)(?:'s|'re| is| are|re)? (?:still )?(?:single|alone|divorced|lonely|unemployed|broke|friendless|a virgin)\\b|\\bok(?:ay)? boomer\\b"
          + "|\\b(?:guy|girl|dude|woman|man|lady|chick|kid|bloke|he|she|spokes(?:person|man|woman)|host|presenter|influencer|actor|actress|model|singer|streamer|youtuber)\\b[^.!?]{0,30}\\blooks? like (?:a |an |someone )?(?:\\w+ )?(?:candle|potato|thumb|toe|rat|goblin|troll|pig|cow|horse|"
          + "walrus|toad|frog|gremlin|egg|ham|sausage|crackhead|corpse|zombie|skeleton|scarecrow|mop|hobbit|orc|shrek|thumbnail|microwaved|melted|"
          + "sat on|stepped on|ran over|got hit)\\b", F);
  /** The business's places, where a customer waits or parks ("I'm parked outside your dealership, the car won't start"). */
  private static final String BUSINESS_PLACES = "(?:store|shop|branch|restaurant|outlet|bank|hotel|office|headquarters|hq|depot|warehouse|desk|counter|"
      + "entrance|station|airport|terminal|check-?in|service (?:cent(?:re|er)|desk)|dealership|garage|showroom|pharmacy|clinic|pick-?up point|collection point|lockers?|"
      + "drive[ -]?thru|lobby|reception|car ?park|parking lot)";
  /**
   * Harassment short of a threat of violence, which no quarrel with a business excuses: stalking ("I've been following her home",
   * "I've been outside your flat three nights in a row"), persistence ("you can't block me forever", "I'll keep making new accounts"),
   * possession ("you're mine now") and sextortion ("be a shame if your boss saw them", "or I'll post what I know about you"). Round 82.
   */
  private static final Phrases HARASSMENT = Phrases.compile(
      // round 85 (anti-vaccine harassment of a pharmacy's staff): "we have the names of every nurse who gave the jab"; not the
      // names of everyone "who refused my prescription", kept for a complaint
      "\\b(?:we|i)(?:'ve| have)? (?:have|got|know|collected|are collecting|are compiling|have compiled|compiled|are keeping|kept) (?:a list of )?(?:the |all the )?names (?:and (?:\\w+ ){0,2})?of (?:every|all|each|all the) "
          + "(?:\\w+ )?(?:nurses?|doctors?|pharmacists?|teachers?|workers?|employees?|members? of staff|staff members?|one of you|cops?|officers?|journalists?|reporters?|moderators?)\\b(?![^.!?]{0,200}\\b(?:my|me|us|our|i'm|i am)\\b)|"
          + "\\b(?:i've been|ive been|i have been|i been|been|i keep|i kept|i'm|im|i am|i was|i'll|i will|i'm gonna|im gonna|gonna|i|someone|somebody|someone should|"
          + "somebody should|y'all|lads)(?: just| always| literally)? follow(?:ing|ed|s)? (?:her|him|you|u) home\\b"
          + "|\\b(?:i've|ive|i have|i) been (?:sat |sitting |parked |waiting |standing )?outside (?:your|ur|her|his) (?:flat|house|home|place|window|door|apartment|school|work|office|gym)\\b"
          + "|\\b(?:i'm|im|i am|i've been|ive been|been) watching (?:her|him)\\b(?! (?:on|stream|streams|streaming|play|playing|perform|performing|live|videos?|shows?|channel|for (?:years|ages)|since|grow|get|do|sing|dance|cook|work))"
          + "|\\b(?:you|u) (?:can't|cannot|cant|can not) (?:block|hide from|escape|get rid of|run from) me\\b(?=\\s*(?:forever|for ever|that easily|for long|lol|haha|[,.!\\x{1F602}\\x{1F608}\\x{1F618}]|$))|\\b(?:i'll|i will|ill|i'm gonna|im gonna|i can|i'll just) (?:just )?(?:keep )?(?:making|make|create|creating) (?:new|more|another|fresh|fake) accounts? (?:till|until|to (?:message|dm|talk|text|follow|watch|see|find)|so (?:you|u)|every time|whenever|just to)\\b"
          + "|\\b(?:you're|youre|you are|ur|u r) mine (?:now|forever|whether)\\b|\\b(?:you|u) (?:belong|belongs) to me\\b"
          + "|\\b(?:be a shame|would be a shame|shame) if (?:your|ur) (?:\\w+ )?(?:boss|family|parents|mum|mom|dad|husband|wife|boyfriend|girlfriend|employer|kids|work|followers|friends|church|school) (?:saw|seen|sees|found out|got (?:them|it|hold)|were sent)\\b"
          // round 84: "would be a shame if someone posted your hotel room number", "show us more, turn around next time"
          + "|\\b(?:be a|would be a|it'd be a|shame|pity) (?:shame |pity )?if (?:someone|somebody|anyone|people|we|i) (?:posted|leaked|shared|found|published|sent round|put up|turned up at) "
          + "(?:your|ur|her|his) (?:\\w+ ){0,2}?(?:address|room number|number|location|details|photos|pics|nudes|house|home|school|workplace|hotel)\\b"
          + "|\\bturn around (?:next time|for (?:us|me|the camera)|and bend)\\b"
          // round 84: "found OP's linkedin ... maybe his boss would like to see this thread", "post a pic and we'll decide if your opinion counts"
          + "|\\bfound (?:op's|ops) (?:linkedin|facebook|insta|instagram|twitter|tiktok|workplace|employer|real name)\\b"
          + "|\\b(?:maybe|bet|i bet|i'm sure|im sure) (?:his|her|their|op's|ops) (?:boss|employer|manager|wife|husband|girlfriend|boyfriend|mum|mom|parents|school|work) (?:would|will|'d|'ll) (?:like|love|want|enjoy) (?:to see|seeing|reading) (?:this|these|that)\\b"
          + "|\\b(?:post|send|show us|drop) (?:a |us a )?(?:pic|picture|photo|selfie|face reveal) (?:first )?(?:and|then) (?:we'll|we will|i'll|i will) (?:(?:decide|see|judge) (?:if|whether) (?:you|u|your|ur)|rate (?:you|u|it))\\b"
          + "|\\b(?:or|otherwise) (?:i'll|i will|ill|i'm gonna|im gonna) (?:post|share|leak|send|release|tell everyone|show everyone) (?:what i know|your (?:\\w+ )?(?:nudes|pics|photos|pictures|videos|secrets|messages|texts|dms|address)|those (?:pics|photos|nudes|videos)|the (?:pics|photos|nudes|videos|screenshots))\\b"
          + "|\\b(?:screenshots|copies|pics|photos|videos) of (?:your|ur) (?:old )?(?:nudes|naked|nude)\\b"
          // round 83, a pile-on: "everyone flood Kelly's instagram", "screenshot everything she's ever posted", "tag her family",
          // "I've messaged her mum on facebook", "keep sharing till she loses everything", "social services should know what kind of mother she is"
          + "|\\b(?:everyone|everybody|y'?all|let'?s|go|guys|people) (?:go )?(?:flood|spam|bombard) (?:her|his|their|\\w+'s) (?:instagram|insta|facebook|fb|tiktok|twitter|dms|inbox|page|comments|account|phone)\\b"
          + "|\\bscreenshot (?:everything|all|every post) (?:she|he|they)(?:'s|'ve| has| have) (?:ever )?(?:posted|said|written|tweeted)\\b"
          + "|\\btag (?:her|his|their) (?:family|husband|wife|mum|mom|dad|kids|parents|children|partner)\\b"
          + "|\\b(?:i've|ive|i have|i|we've|we have) (?:messaged|contacted|emailed|called|rang|found|dm'?d|written to) (?:her|his|their) (?:mum|mom|dad|mother|father|parents|wife|husband|family|kids|children|partner)\\b"
          + "|\\b(?:keep|keep on) (?:sharing|posting|spreading|reporting|tagging)(?: this| it| her| him)? (?:till|until) (?:she|he|they) (?:loses?|is fired|gets fired|gets sacked|has nothing|quits|deletes)\\b"
          + "|\\b(?:social services|ofsted|immigration|the home office)\\b[^.!?]{0,20}?\\b(?:should|need to|will|must) (?:know|hear|be told)\\b[^.!?]{0,30}?\\b(?:she|he|her|him)\\b"
          // round 83, grooming and children sexualised: "you look mature for your age", "dm me and don't tell your mum", "I can send you robux if you
          // send me pics", "what's his discord, I want to play with him alone", "send her my way in a few years", "age? dm me your snap"
          + "|\\b(?:you|u) (?:look|seem|are|r|sound|act)(?: so| very| really)? (?:mature|grown up|older) for (?:your|ur) age\\b"
          + "|\\b(?:dm|message|snap|text|add|call|inbox) me\\b[^.!?]{0,40}?\\b(?:don't|dont|do not|never) tell (?:your|ur) (?:mum|mom|mummy|mommy|dad|daddy|parents|mother|father|teacher|family)\\b"
          + "|\\b(?:don't|dont|do not) tell (?:your|ur) (?:mum|mom|mummy|mommy|dad|daddy|parents|mother|father|teacher)\\b[^.!?]{0,30}?\\b(?:dm|message|snap|text|add|inbox) me\\b"
          + "|\\b(?:send|give|buy|get) (?:you|u) (?:free )?(?:robux|v-?bucks|money|gift ?cards?|coins|skins|gems|credits|a phone|makeup)\\b[^.!?]{0,20}?\\bif (?:you|u) (?:send|show|give) (?:me )?(?:pics|pictures|photos|a pic|a photo|nudes|selfies|a selfie|more)\\b"
          + "|\\b(?:kid|child|boy|girl|young|lad|teen|\\d+ ?(?:yo|y/o|year old|yr old))\\b[^.!?]{0,80}?\\b(?:want|wanna|would like|like) to (?:play|talk|chat|game|be|meet|hang out) with (?:him|her) (?:alone|in private|privately|one on one|without (?:his|her) (?:mum|mom|dad|parents))\\b"
          + "|\\b(?:child|kid|year old|yr old|girl|teen|young|little)\\b[^.!?]{0,60}?\\b(?:(?:send her my way|my way|i'?ll (?:be )?wait(?:ing)?|date her|marry her|hit me up)\\b[^.!?]{0,20}?\\bin a few years|in a few years\\s*[\\x{1F609}\\x{1F60F}\\x{1F924}\\x{1F975}\\x{1F60D}]|when she'?s legal|till she'?s legal|until she'?s legal|when she turns (?:16|18))"
          + "|\\b(?:age|how old (?:are you|r u|are u|is she))\\s*\\?+[^.!]{0,30}?\\b(?:dm|send|add|give|snap) me (?:your|ur) (?:snap|snapchat|number|insta|discord|kik|whatsapp)\\b"
          // round 83, at staff: "I'll be back every day until she gives me her number", "my driver was gorgeous, send me her number", "I film her
          // every class for my private collection", "I'm going to make his life a misery", "someone should tell his wife what he gets up to",
          // "I've found her facebook and I'm sending her a message"
          + "|\\b(?:i'll|i will|i'm|im|gonna) (?:be back|keep coming(?: back)?|come back|keep asking|keep calling|keep messaging) (?:\\w+ ){0,2}?until (?:she|he) (?:gives|give|sends|says yes|agrees|goes out)\\b"
          + "|\\b(?:gorgeous|hot|cute|fit|sexy|stunning|beautiful|pretty|peng|fine)\\b[^.!?]{0,60}?\\b(?:send|give|get|pass|dm|slide) (?:me )?(?:her|his) (?:number|digits|insta|snap|socials|address|details)\\b"
          + "|\\b(?:i|i've been|ive been|i have been|i've|i keep) (?:film|filmed|filming|record|recorded|recording|photograph|photographing|secretly film|take pics of|taking pics of|taking photos of) (?:her|him)\\b[^.!?]{0,30}?\\b(?:private|collection|without (?:her|him) knowing|for (?:my|me) later)"
          + "|\\b(?:i'm|im|i am|i'll|i will|we'll|we will|gonna|going to|i'm gonna|im gonna) (?:\\w+ )?(?:make|making) (?:his|her) life (?:a |an )?(?:misery|hell|living hell|miserable|unbearable|nightmare)\\b"
          + "|\\b(?:someone|somebody|i|we) (?:should|will|'ll|might|could|am going to|'m going to|'m gonna) (?:tell|inform|message|email|show) (?:his|her) (?:wife|husband|partner|girlfriend|boyfriend|family|kids|mum|mom|parents|fiance|fiancee) (?:what|about|how|where) (?:he|she|they|his|her)\\b"
          + "|\\b(?:i've|ive|i have|i) (?:found|tracked down|looked up|got) (?:her|his) (?:facebook|insta|instagram|fb|tiktok|linkedin|snapchat|snap|personal (?:number|page|account|email)|home address|real name)\\b(?! (?:page )?(?:and (?:she|he) (?:apologi|said sorry)|to (?:thank|say thank|tell (?:her|him) (?:thank|how))))"
          // round 83: "reported you to your job, let's see how long you last there"
          + "|\\b(?:reported|emailed|called|rang|messaged|contacted|tagged|sent (?:it|this|them) to) (?:you to )?(?:your|ur) (?:job|work|boss|employer|hr|manager|school|uni)\\b[^.!?]{0,40}?"
          + "(?:see how long (?:you|u)(?:'ll| will)? (?:last|keep (?:it|that|your|ur)|stay)|enjoy (?:unemployment|the job ?centre)|\\x{1F44B})"
          // round 83: "keep posting and i'll keep screenshotting, your employer will love these"
          + "|\\b(?:your|ur|his|her) (?:employer|boss|hr|parents|family|wife|husband|mum|mom|kids|church|school) (?:will|'ll|would|is gonna|are gonna|is going to|are going to) "
          + "(?:love|enjoy|be (?:very |so )?interested in|like) (?:these|those|seeing (?:these|those))\\b", F);
  private static final Phrases THREAT = Phrases.compile(
      // round 85: "I'd happily do time for you", "he's worth doing a stretch for"; "hope you're ready to swing", "you'll be dragged into the
      // street", "enjoy your blood money while you can, we're coming"
      "\\b(?:ready|going|deserve|deserves|gonna|about) to swing(?=\\s*(?:[,.!?]|$|from|for (?:this|it|what)))|\\b(?:you|u|they|you all|y'all|every one of you)(?:'ll| will| shall) (?:all )?swing\\b"
          + "|\\b(?:you|u|they|he|she|you all|y'all|every one of you)(?:'ll| will| are going to|'re going to| gonna|'re gonna)(?: all)? be (?:dragged|hauled) (?:out )?(?:into|onto|in) the streets?\\b"
          + "|\\benjoy (?:it|that|this|your (?:\\w+ ){1,2}?)while (?:you|u) (?:can|still can)\\b[^.!?]{0,30}?\\b(?:we're|we are|i'm|i am|they're|they are) coming\\b|"
          + "\\b(?:i'd|id|i would|i'll|i will|we'd|worth) (?:happily |gladly |honestly |actually )?(?:do|doing|serve|serving) (?:time|a stretch|life|a life sentence|bird|a sentence|porridge) (?:for|over) (?:you|u|him|her|them|that (?:\\w+ )?(?:woman|man|girl|guy|bloke|prick|cow|bitch|clown))\\b|"
          + "\\b(?:i|we)(?:'ll| will|'m going to| am going to|'m gonna| am gonna|m gonna| gonna)\\s+(?:\\w+\\s+)?(?:kill|hurt|beat|stab|shoot|find|murder|"
          + "destroy|rape|end|break|smash|make your life hell|come for)\\b(?:\\s+\\w+){0,6}\\s*\\b(?:you|u|ya|him|her|them|your|ur)\\b"
          + "|\\b(?:i|we) (?:know|found out) where (?:you|u|he|she|they) (?:live|work|sleep)s?\\b|\\bwatch (?:your|ur) back\\b"
          // round 82: "keep running your mouth and you'll end up in hospital", "your kids will end up in A&E", "you'll be bleeding on the pavement"
          + "|\\b(?:you|u|ya|your (?:\\w+ )?(?:kids?|son|daughter|wife|husband|family|mum|mom|dad|brother|sister|girlfriend|boyfriend))(?:'ll| will| are going to| r gonna| are gonna|'re going to|'re gonna| gonna| could| might)"
          + " (?:\\w+ ){0,2}?(?:end up|wake up|be|land|find (?:yourself|yourselves|themselves)) (?:in|on|under) (?:a |the )?(?:hospital|a&e|er|intensive care|icu|wheelchair|coffin|body bag|morgue|"
          + "ground|pavement|floor|ditch|river|canal|grave|boot of a car)\\b"
          + "|\\b(?:you|u|ya)(?:'ll| will| are going to|'re going to|'re gonna| gonna) be (?:bleeding|picking (?:up )?(?:your|ur) teeth|eating through a straw|in pieces|in bits)\\b"
          // round 82: "your reporter Lisa Grant should be careful walking home alone at night", "I know which stand you sit in"
          + "|\\b(?:should|better|had better|might want to|needs? to|wanna|want to) (?:be (?:very |really )?careful|watch (?:out|(?:his|her|their|your|ur) back)) (?:\\w+ ){0,2}?"
          + "(?:walking home|walking alone|alone at night|at night|after dark|in the car park|on (?:her|his|their|your|ur) way home)\\b"
          + "|\\b(?:i|we) know where (?:your|ur|the|that|this|his|her) (?:\\w+ ){0,2}?(?:lives|works|sleeps)\\b(?! (?:is|are|was|were|out|from)\\b)"
          + "|\\bif (?:i|we) (?:ever )?(?:see|catch|meet|find|spot) (?:her|him|you|u|them)\\b[^.!?]{0,30}?\\b(?:she's|he's|you're|they're|she is|he is|you are|she'll|he'll|you'll|they'll) (?:getting|gonna get|going to get|get)\\b"
          + "|\\b(?:she'd|he'd|you'd|she had|he had|you had|they'd|they had) better (?:move (?:city|town|house|away|country|out)|leave (?:town|the city|the country|the area)|emigrate|not show (?:her|his|your|ur|their) face)\\b"
          + "|\\b(?:someone|somebody|anyone|go|i'll|i will|gonna|i'm gonna|we'll) (?:key|scratch|slash|smash|trash|egg|torch) (?:her|his|their|your|ur) (?:car|tyres|tires|windows|house|van|motor)\\b"
          // round 83, at a brand's staff in a customer's voice: "I'll be waiting for him when his shift ends", "she's going to have a very bad week",
          // "I'll be coming back to see her when she's alone", "or he's leaving in an ambulance", "keep an eye on your windscreen mate",
          // "he won't be working round here again", "we know what time he finishes"
          + "|\\b(?:i'll|i will|we'll|we will|i'm|im|we're|gonna|i'm gonna|im gonna) (?:be )?(?:waiting|waitin|outside) for (?:him|her|them|you|u|that \\w+|the \\w+)\\b[^.!?]{0,30}?\\b(?:shift|finish|finishes|clocks? off|gets? off|leaves|after work|tonight)\\b"
          + "(?![^.!?]*\\b(?:(?:has|have|got|took|left with) my|collect|pick (?:it|them|up)|return|hand (?:it|them) (?:back|over)|drop (?:it|them) off|give (?:it|them) back))"
          + "|\\b(?:name|badge|number|address|found|know who)\\b[^.!?]{0,60}?\\b(?:he|she)(?:'s| is) (?:going to|gonna) have an? (?:very |really )?(?:bad|rough|horrible|nasty|hard|tough|miserable) (?:week|day|time|night|life|month)\\b"
          + "|\\b(?:see|catch|visit|find|get|wait for|come for) (?:her|him|you|u)\\b[^.!?]{0,20}?\\bwhen (?:she|he|you|u)(?:'s|'re| is| are) (?:alone|on (?:her|his|your|ur) own|by (?:herself|himself|yourself))\\b"
          + "|\\b(?:he's|she's|you're|they're|he'll|she'll|you'll|they'll|he will|she will|you will|or he|or she|or you|or they) (?:be )?(?:leaving|leave|going home|go home|carried out) (?:in|on) an? (?:ambulance|body bag|coffin|wheelchair|stretcher)\\b"
          + "|\\bkeep an eye on (?:your|ur|his|her) (?:windscreen|windows|car|tyres|tires|house|kids|back)\\b(?! (?:wipers|fluid|for))"
          + "|\\b(?:he|she|they) (?:won't|will not|wont) be (?:working|driving|delivering|showing (?:his|her|their) face) (?:round|around|in|on) (?:here|this (?:area|estate|street|town)|my (?:street|estate|road))(?: again| for long| much longer)?\\b"
          + "|\\b(?:i|we) know (?:what time|when) (?:he|she|they|you|u) (?:finish|finishes|leave|leaves|get off|gets off|clock off|clocks off|knock off|knocks off)\\b(?! (?:school|college|nursery|uni|lessons?|class|work|her|his|the|their|my|our)\\b)"
          + "|\\b(?:getting|get|gets|expect|coming|going|goes)\\b[^.!?]{0,10}?\\b(?:a |an )?(?:brick|bricks|rock|rocks|petrol bomb|firework|fireworks) through (?:your|ur|his|her|their) (?:window|windows|windscreen|door|letterbox)\\b"
          // round 83: "that streamer had better watch her back", "accidents happen on those dark roads you cycle down",
          // "would be a pity if she got visitors"
          + "|\\b(?:better|had better|'d better|wanna|want to|might want to) watch (?:his|her|their) back\\b(?! (?:on|near|by|round|around|with|in the|at the|reversing|lifting))"
          + "|\\baccidents (?:can |do |tend to )?happen (?:on|in|at|near|along|round) [^.!?]{0,40}?\\b(?:you|u|he|she|they) (?:cycle|walk|drive|run|jog|ride|take|use|go|walk)s?\\b"
          + "|\\baccidents (?:can |do |tend to )?happen to (?:people|folk|those|girls|women|men|blokes|kids) (?:like (?:you|u|her|him|them)|who (?:talk|post|run|mouth|speak))\\b"
          + "|\\b(?:be|it'd be|it would be|would be|'d be|shame|pity)(?: a)?(?: real)? (?:shame|pity) if (?:she|he|they|you|u|(?:your|ur|his|her|their) \\w+) (?:got|had|gets|get|received) "
          + "(?:some |a few |a |an |any |unexpected |a little |a surprise )?(?:visitors|visit|company|knock on the door|accident)\\b"
          + "|\\b(?:i|we) know (?:which|what) (?:\\w+ ){0,2}(?:you|u|he|she|they) (?:sit|sits|park|parks|drive|drives|take|takes|catch|catches|walk|walks|go|goes|sleep|sleeps) (?:in|on|at|to|home)\\b"
          // round 82: "someone follow this @dan_p home and teach him a lesson"
          + "|\\bfollow (?:[@\\w]+ ){0,2}home\\b[^.!?]{0,30}\\b(?:teach|show|sort|deal with|beat|smack|hurt|jump|batter|do)\\b"
          + "|\\b(?:someone|somebody|anyone|y'all|we|lads)(?: should| needs? to| pls| please| go| gotta)? teach (?:him|her|them|this \\w+|that \\w+|@\\w+) a (?:lesson|proper lesson)\\b"
          // round 82: "I hope the vet puts you down next time"
          + "|\\b(?:vet|someone|somebody|they|hope \\w+|should) (?:\\w+ ){0,2}?puts? (?:you|u) (?:down|to sleep)\\b(?! (?:as|for) (?:a|an|my|the|our) )"
          // round 33: "you're lucky I don't know where you live", an address to be spread
          + "|\\b(?:you're|youre|you are|ur|u r|he's|she's|hes|shes) lucky (?:i|we) (?:don't|dont|do not|can't|cant) (?:know|find) where (?:you|u|he|she) (?:live|work)s?\\b"
          + "|\\b(?:sending|send|posting|post|sharing|share|leaking|leak|spreading) (?:your|ur|his|her) (?:home )?address (?:to|with|on|in|everywhere|around)\\b"
          // round 39: "I'd put my fist through his face"
          + "|\\b(?:i'd|i would|i'll|i will|gonna|i'm gonna|im gonna|i could) (?:put|shove|stick|ram) my (?:fist|foot|boot|knee|elbow) (?:through|in|into|up|down) (?:his|her|your|ur|their) (?:face|teeth|throat|head|skull|ass|arse)\\b"
          // round 36: "pay him a visit"
          + "|\\b(?:i'm|im|i am|we're|gonna|i'll|i will|we'll|we will|going to|about to) (?:\\w+ ){0,2}pay (?:him|her|them|you|u) a (?:little |personal |surprise )?visit\\b"
          // round 35: "I remember where your daughter goes to school"
          + "|\\b(?:i|we) (?:know|remember|found out|figured out) (?:where|which school|what school) (?:your|ur) (?:kids?|children|daughter|son|wife|husband|family|mom|mum|parents|sister|brother) (?:go(?:es)?|live|lives|work|works|sleep|sleeps|play|plays|goes to school)\\b"
          // knowing someone's hours: "we know your shift ends at 9"
          + "|\\b(?:i|we) know (?:when |what time )?(?:your|ur|his|her) (?:shift|class|classes|lesson|bus|train|break|gym session) (?:ends|starts|finishes|is over|leaves|gets out)\\b"
          + "|\\b(?:i|we) know (?:your|ur) (?:shift pattern|shifts|schedule|daily route|route home|routine)\\b"
          // round 62: "Jess from customer care lives in Bristol, I checked. she should be careful"
          + "|\\b(?:lives?|works?) (?:in|at|on|near) (?-i:[A-Z])\\w+\\b[^!?]{0,40}\\b(?:he|she|they)(?:'d| had)? (?:should|better|had better|'d better|best) (?:be (?:very |real |really )?careful|watch (?:her|his|their) (?:back|step))\\b"
          // round 61: "I'd slap the taste out your mouth", "sit down before I put you down"
          + "|\\b(?:i'd|i would|i'll|i will|gonna|i'm gonna|im gonna|i could) (?:slap|knock|punch|smack|kick) the (?:taste|teeth|piss|shit|life|snot|black|living daylights) (?:out|off) (?:of )?(?:your|ur|his|her|yo|their)\\b"
          + "|\\bbefore (?:i|we) (?:put|lay|knock|take|sit) (?:you|u|him|her|them) (?:down|out)\\b"
          // round 45: "I hope your kids get sick so you know how it feels"
          + "|\\bhope (?:your|ur|his|her) (?:kids?|children|son|daughter|baby|family|mom|mum|mother|dad|father|wife|husband|parents?|grandma|grandpa) (?:\\w+ )?(?:gets? (?:sick|cancer|hurt|hit|run over|taken)|dies?|suffers?|starves?)\\b"
          + "|\\b(?:coming for you|won't see it coming|get what's coming|i know people|you(?:'ll| will) regret|you(?:'ll| will) pay for this|"
          + "make your life (?:a living )?hell|hope (?:someone|somebody) (?:kills|stabs|shoots|hurts|beats) (?:you|u|him|her|them))\\b"
          + "|\\b(?:i|we)(?:'ll| will| swear i'll| swear i will| swear to god i'll|'m gonna| am gonna|'m going to| am going to| gonna| wanna| want to)\\s+"
          + "(?:\\w+\\s+){0,2}(?:hurt|kill|slap|punch|kick|beat|stab|shoot|smack|choke|strangle|end|ruin|destroy|break|rape|burn|bury|murder)"
          + "\\s+(?:you|u|ya|him|her|them|your|ur|his|their)\\b"
          + "|\\bwhen (?:i|we) (?:catch|see|find) (?:you|u|ya|him|her)\\b|\\bwatch (?:what happens|yourself|out)\\b(?! for)"
          + "|\\bmake sure (?:you|u|he|she|they) (?:get|gets|are|is) (?:fired|hurt|killed|banned|raped)\\b"
          // round 56: "I'm going to burn down your branch on Main Street with the manager inside"
          + "|\\b(?:i'm going to|im going to|i am going to|i'm gonna|im gonna|i'll|i will|we'll|we will|gonna|someone should|somebody should|let's) (?:\\w+ )?"
          + "(?:burn|blow|bomb|torch|firebomb|petrol bomb|shoot|set fire to)(?: down| up)? (?:your|the|this|that|every) (?:\\w+ ){0,2}(?:branch|branches|store|stores|shop|shops|"
          + "office|offices|building|hq|headquarters|restaurant|warehouse|factory|depot|station|plane|hotel|gym|bank)\\b"
          + "|\\bmake (?:damn )?sure (?:you|u|he|she|they) (?:regret|pay for|suffer|never (?:work|show|post|walk|sleep))\\w*(?: (?:your|ur|his|her|their) face)?\\b"
          + "|\\b(?:find|found|figure|figured|track|tracked|work|worked) out where (?:@\\w+|you|u|he|she|they|(?:this|that|the) (?:guy|girl|dude|clown|loser|woman|man|kid|streamer|host|presenter|creator|youtuber|ref|referee|driver|chef|reporter|influencer|journalist|player|lady|bloke)|(?-i:[A-Z])\\w+) "
          + "(?:lives?|works?|sleeps?|stays?|goes to school)\\b|\\bsleep with one eye open\\b"
          + "|\\bwon'?t have (?:any )?(?:kneecaps|teeth|legs|fingers|a face)\\b|\\b(?:i'm|im|i am) outside\\b[^?]{0,20}\\blook out (?:of )?(?:your|ur) window\\b"
          + "|\\b(?:i'm|im|i am|we're|we are) parked (?:right )?(?:outside|across from|near|in front of|by) (?:your|ur)\\b(?!\\s+" + BUSINESS_PLACES + "\\b)"
          + "|\\b(?:i'm|im|i am|we're|we are) (?:standing |sitting |sat |waiting )?(?:right )?(?:outside|across from|in front of) (?:your|ur) (?:house|home|flat|apartment|place|door|window|school|bedroom|front door|mum's|mom's|parents')\\b"
          + "|\\b(?:you|u) (?:better|had better|'d better) not (?:walk|go|drive|be|stay) (?:home )?alone\\b"
          + "|\\b(?:be|be such|it'd be|it would be|would be) a (?:real )?shame if (?:something|anything) (?:happened|were to happen|happens)\\b"
          // round 57: "post your address then tough guy, we'll see who's laughing"
          + "|\\b(?:post|drop|send|give|tell) (?:me |us )?(?:your|ur) (?:home )?(?:address|location|postcode|zip code|zip)\\b[^.!?]{0,40}?\\b(?:tough guy|big man|hard man|keyboard warrior|see who's laughing|see how (?:tough|brave|hard|funny))"
          + "|\\bswat(?:ting|ted)? (?:you|u|him|her|them)\\b|\\bddos(?:ing)? (?:you|u|him|her|them|your|ur)\\b|\\benjoy the ddos\\b"
          + "|\\bpay (?:me|up|us)\\b[^.!?]{0,20}\\b(?:or|otherwise)\\b[^.!?]{0,30}\\b(?:go(?:es)? public|get (?:leaked|posted|shared|sent)|everyone (?:sees|will see))"
          + "|\\b(?:post|share|put|spread|plaster) (?:her|his|their) (?:pictures?|pics|photos|face|details) (?:everywhere|all over|around (?:town|the estate)|on every)\\b"
          + "|\\b(?:i'll|i will|i'm gonna|im gonna|gonna|i am going to|we'll|we will) (?:leak|post|share|publish|drop|release|expose) (?:your|ur|his|her) (?:home )?(?:address|number|phone number|location|nudes|pics|photos|real name|ip|dms|messages|secrets)\\b"
          + "|\\b(?:i|we) (?:have|got|found) (?:your|ur) (?:phone )?number\\b[^.!?]{0,30}\\b(?:expect|wait for|calls? (?:all night|every day|nonstop|every night))"
          + "|\\b(?:your|ur) (?:family|kids|children|wife|husband|daughter|son|mum|mom|parents) (?:will|is going to|are going to|gonna) (?:get hurt|pay|suffer|regret)\\b"
          + "|\\b(?:wouldn't|won't|wont|isn't|isnt|not) (?:be )?(?:hard|difficult|tough) to find (?:you|u|him|her)\\b"
          + "|\\bif (?:i|we) (?:ever )?(?:see|catch|meet|find) (?:you|u|him|her)\\b[^.!?]{0,30}\\b(?:you|u|he|she)(?:'ll| will)? (?:won't|will not|wont|will never|'ll never) (?:walk|leave|make it|survive|get home|be able)"
          + "|\\b(?:you|u) (?:won't|will not|wont) (?:walk away|walk again|make it home|survive (?:it|the night|me))\\b"
          // round 60: "I know who you are Craig and I know your mum, you won't be walking round here much longer"
          + "|\\b(?:you|u|he|she|they) (?:won't|will not|wont) be (?:walking|living|hanging|showing (?:your|ur|his|her|their) face|around) (?:round |around |about )?(?:here |this town |this area |these streets )?(?:for )?(?:much|very|any) longer\\b"
          + "|\\b(?:i|we) (?:found|know|figured out|found out|tracked down) where (?:the|that|this) (?:guy|girl|dude|woman|man|lady|kid|host|presenter|driver|chef|creator|streamer|bloke|chick)\\b[^.!?]{0,25}\\blives\\b"
          + "|\\byou(?:'re| are) dead\\b(?! to me)"
          + "|\\b(?:i|we)(?:'d| would| could)\\s+(?:\\w+\\s+)?(?:punch|hit|slap|kill|hurt|beat|stab|shoot|strangle|choke|smack|deck|knock out|clock|headbutt|kick)\\s+(?:you|u|ya|him|her|them)\\b"
          // round 66 (a brand in crisis): "I know which gym you go to", "burn their warehouses down", "you'll be unemployed and alone soon enough,
          // I'll make sure of it", "I have your kids' school on my list", "bet you'd be less brave if I was standing in front of you"
          + "|\\b(?:i|we) know (?:which|what) (?:gym|school|church|mosque|pub|bar|club|class|office|nursery) (?:you|u|he|she|they) (?:go|goes) to\\b"
          // round 77: "I'm outside your office right now. nice car btw" (a customer outside a shut branch names no car)
          + "|\\b(?:i'm|im|i am|we're|we are) (?:right |parked |sat |sitting |standing |waiting )?outside (?:your|ur) (?:office|work|workplace|school|gym|place)\\b[^!?]{0,40}?\\b(?:nice (?:car|jacket|coat|dress|shoes|hair|curtains|shirt)|see (?:you|u) soon|come (?:out|down)|watching (?:you|u)|you look)\\b"
          // round 70 (at women journalists, in text-speak, read spelled out): "i wud sm4sh ur face in", "r u scared yet? u shud b",
          // "ur address is goin in the group chat tonight", "ur gettin doxxed babe"
          + "|\\b(?:i|we)(?:'d| would| could|'ll| will|'m gonna| am gonna| gonna)\\s+(?:\\w+\\s+)?(?:smash|punch|kick|cave|bash|knock|stamp on|slap|stamp) (?:your|ur|his|her|their) (?:\\w+ )?(?:face|head|teeth|skull|jaw|nose)(?: in)?\\b"
          + "|\\b(?:are|r) (?:you|u) (?:scared|afraid|frightened|worried|shaking) yet\\b"
          + "|\\b(?:your|ur|his|her) (?:home )?(?:address|number|phone number|location|nudes|pics|photos)\\b[^.!?]{0,20}\\b(?:is|are) (?:going|getting posted|being posted|going up|going out)\\b[^.!?]{0,30}\\b(?:group ?chats?|online|everywhere|twitter|discord|telegram|reddit|4chan|the internet)\\b"
          + "|\\b(?:you're|youre|you are|ur|u r|u are) (?:getting|gonna get|going to get|about to get|gonna be|going to be|about to be) (?:doxx?ed|swatted)\\b"
          // round 72 (at migrants, on a charity's post): "every mosque in this town needs burning down", "I'd torch that hotel full of them",
          // "just sink the boats", "these animals should be shipped back in cages"
          + "|\\b(?:every|all|that|this|the|their) (?:\\w+ ){0,3}(?:mosques?|synagogues?|churches?|temples?|hotels?|camps?|shops?|stores?|houses?|homes?|offices?|centres?|centers?)\\b[^.!?]{0,30}\\b(?:needs?|deserves?|should be|ought to be) (?:burning|burned|burnt|torching|torched|bombing|bombed|blowing up|blown up|razing|razed)(?: down| to the ground)?\\b"
          + "|\\b(?:i'd|i would|i'll|i will|gonna|i could|we should|we'll|let's) (?:happily |gladly |personally )?(?:torch|burn|bomb|firebomb|blow up|petrol bomb)(?: down)? (?:that|this|the|their|every|a) (?:\\w+ ){0,2}(?:hotel|house|mosque|camp|centre|center|building|shop|store|home|boat|office|hostel)s?\\b"
          + "|(?:^|[.!?]\\s*|\\bjust |\\bwe should |\\blet's |\\bgo )(?:sink|torpedo|shoot|bomb|ram) (?:the|their|those|these|all the|every) (?:\\w+ )?(?:boats?|dinghies|dinghy|migrants|refugees|ships?)\\b"
          + "|\\blet (?:them|em|'em|the \\w+) (?:drown|die|starve|rot|burn|sink)\\b"
          + "|\\b(?:these|those) (?:animals|vermin|cockroaches|rats|parasites|savages|creatures)\\b[^.!?]{0,30}\\b(?:should|must|need to|needs to|deserve to|ought to) (?:be )?(?:shipped|sent|deported|thrown|kicked|driven|put|locked|caged|exterminated|gassed|shot|removed|wiped out)(?: (?:back|out|home|away|up))?(?: (?:in|into) (?:cages|chains|boxes|containers|camps))?\\b"
          // round 68: "I'd beat the gay out of my son", "a brick through every window of your store with the staff inside", "the cashier at your Camden shop, I'll be seeing you"
          + "|\\b(?:beat|kick|smack|slap|punch) the (?:gay|gayness|queer|trans|lesbian|tranny) out of\\b"
          + "|\\b(?:burn|torch|bomb|bricks?|firebomb|blow up|set fire|petrol bomb|throws?)\\b[^.!?]{0,80}\\bwith (?:the |all the |your |its )?(?:staff|workers|employees|manager|managers|people|customers|family|kids) (?:still )?inside\\b"
          + "|\\b(?:i'll|i will|we'll|we will) be seeing (?:you|u|ya|her|him|them)(?: (?:very )?soon)?\\s*(?:[.!]+\\s*)?$"
          + "|(?:^|[.!?]\\s*|\\blet's |\\bjust |\\bgo |\\bwe should |\\bsomeone should )(?:burn|torch|bomb|blow up|firebomb|smash up) (?:their|your|the|every|all (?:their|the|your)) (?:\\w+ ){0,2}(?:branch|branches|stores?|shops?|offices?|building|hq|headquarters|warehouses?|factory|factories|depots?|restaurants?|homes?|houses?)\\b"
          + "|\\byou(?:'ll| will)\\b[^.!?]{0,60}\\b(?:i'll|i will|we'll|we will) make (?:damn )?sure of (?:it|that)\\b"
          // round 67 (football): "sack the manager and burn his house down", "you're getting bricked", "find out where the ref lives"
          + "|(?:^|[.!?,;]\\s*|\\b(?:and|then|just|go|let's) )(?:burn|torch|firebomb|petrol bomb|smash up) (?:his|her|their|your|ur) (?:\\w+ )?(?:house|home|car|flat|place|shop|business|office)(?: down)?\\b"
          + "|\\b(?:i|we) (?:have|got|know) (?:your|ur|his|her) (?:kids'?|children'?s?|daughter'?s?|son'?s?) (?:school|nursery|address|bus stop)\\b"
          + "|\\b(?:bet|betcha) (?:you'd|you would|u'd|ur|you're|you are) (?:be )?(?:less|not so|not as) (?:brave|tough|hard|mouthy|cocky|gobby|confident)\\b[^.!?]{0,40}\\b(?:in front of|face to face|in person|irl|in real life)\\b"
          // round 65: "I'll jump you after school tomorrow", "where do u go to school? I'm coming"
          + "|\\b(?:i|we)(?:'ll| will|'m gonna| am gonna|m gonna| gonna|'m going to)\\s+(?:\\w+\\s+)?(?:jump|batter|bash|merk|merc) (?:you|u|ya|him|her|them)\\b"
          + "|\\bwhere do (?:you|u) (?:go to school|live|work|stay)\\b[^.!]{0,10}\\?\\s*(?:i'm|im|i am|we're|were) (?:coming|on my way|gonna find (?:you|u))\\b"
          // round 64: "I'll put you in the hospital"
          + "|\\b(?:i|we)(?:'ll| will|'d| would|'m gonna| am gonna| gonna|'m going to)\\s+(?:\\w+\\s+)?put (?:you|u|him|her|them) in (?:the |a )?(?:hospital|ground|grave|coffin|wheelchair|icu|a&e|morgue|body bag)\\b"
          // round 60: "I'd happily run him over if I saw him crossing"
          + "|\\b(?:i|we)(?:'d| would| could|'ll| will)\\s+(?:\\w+\\s+)?(?:run|mow|knock) (?:you|u|ya|him|her|them) (?:over|down)\\b"
          // round 59: "irl I'd knock you out"
          + "|\\b(?:i|we)(?:'d| would| could|'ll| will)\\s+(?:\\w+\\s+)?(?:knock|lay|spark|put) (?:you|u|ya|him|her|them) (?:out|the fuck out|spark out|into next week|flat|on (?:your|ur|his|her|their) (?:arse|ass|back))\\b"
          + "|\\bbeats? the (?:crap|shit|hell|life) out of\\b|\\bmake (?:you|u|him|her|them) (?:pay|regret|suffer|sorry|bleed|cry)\\b"
          + "|\\b(?:i|we) know (?:your|ur|his|her|their) (?:address|location|school|workplace|house|family)\\b"
          + "|\\bwait for (?:you|u) (?:outside|after)\\b|\\bsee how (?:brave|tough|funny) (?:you|u) are\\b|\\bshut (?:you|u) up (?:for good|permanently)\\b"
          + "|\\bbefore (?:i|we) shut it for (?:you|u)\\b|\\bmake (?:your|ur) life (?:miserable|a nightmare|hell)\\b"
          + "|\\bsay (?:that|it|this) to my face\\b|\\bsee what (?:you|u) get\\b|\\b(?:you're|youre|you are|ur) (?:getting|gonna get|going to get) (?:it|bricked|battered|stabbed|jumped|glassed|shanked|merked|leathered|twatted|decked|smacked|slapped|punched|knocked out|done in|a kicking|a beating|(?:your|ur) head kicked in)\\b"
          + "|\\b(?:i'll|i will|i'm|im|we'll|we will) (?:be )?waiting (?:for (?:you|u) )?(?:outside|at|by|near) (?:your|ur)\\b"
          // a customer waits outside the business's places ("I'm waiting outside your store, it says open at 9"), unless for someone in it
          + "(?:[^.!?]{0,40}?\\bfor (?:whoever|the (?:guy|girl|woman|man|person|agent|idiot|prick|clown) who)\\b"
          + "|(?!\\s+" + BUSINESS_PLACES + "\\b))"
          + "|\\b(?:i'll|i will|i'm|im|we'll|we will) (?:be )?waiting for (?:you|u|him|her|them) (?:outside|in the car ?park|in the parking lot|after (?:work|school|(?:your|his|her|their) shift))\\b"
          + "|\\b(?:i|we)(?:'ll| will) recogni[sz]e (?:you|u|him|her|them)\\b"
          // round 84: "someone needs to sort him out in the car park"
          + "|\\bsort (?:him|her|them|you|u) out (?:in the car ?park|in the parking lot|outside|after the (?:game|match|show|gig|final whistle)|round the back|behind the \\w+|once and for all)\\b"
          + "|\\b(?:(?:i|we) know|ik) where (?:you|u|he|she|they) (?:go to school|goes to school|drink|drinks|train|trains|eat|eats|park|parks|shop|shops|walk|walks|hang out|hangs out|drop (?:your|his|her|their) kids)\\b"
          + "|\\bmake sure (?:everyone|everybody|all) (?:at|in|from) (?:your|ur) (?:office|work|job|school|company|church|family)\\b"
          + "|\\b(?:i'll|i will|i'm gonna|im gonna|i am gonna|we'll|we will) (?:come over|come round|come find (?:you|u)|(?:show up|come) (?:at|to) (?:your|ur) (?:house|door|home|place|work|school))\\b"
          + "|\\bsee (?:you|u|ya) after (?:your|ur) (?:shift|class|school|practice|training)\\b"
          + "|\\bgo eat a (?:bullet|gun|shotgun)\\b|\\bhope (?:karma|life|god|someone) (?:breaks|ruins|destroys|takes) (?:your|ur)\\b", F);
  private static final Phrases SELF_HARM = Phrases.compile(
      "\\b(?:kill (?:yo)?urself|kys|go (?:and )?die|jump (?:off|from) (?:a|the) (?:bridge|cliff|building|roof|tall building)|just die|die in a (?:fire|hole|ditch)|drink bleach|hang (?:yo)?urself|"
          + "(?:hope|wish) (?:you|u|he|she|they) (?:\\w+ ){0,2}(?:die|dies|get cancer|gets cancer|get hit|get raped|suffer)|"
          + "should (?:have|'ve) (?:been )?aborted|(?:die|rot) you\\b|(?:world|everyone) (?:would be|is) better (?:off )?without you|"
          + "nobody would miss you|end (?:yo)?urself|unalive (?:yo)?urself|neck (?:yo)?urself|neck (?:yo)?urslf)\\b"
          + "|\\b(?:hope|wish|pray) (?:that )?the (?:\\w+ )?(?:guy|girl|driver|host|presenter|woman|man|kid|lady|dude|actor|actress|chef|influencer|creator|streamer|singer|person|bloke|model|"
          + "pilot|captain|crew|ceo|boss|reporter|journalist|dj|cashier|barista|receptionist|waiter|waitress|owner|founder|referee|ref)\\b"
          + "(?: (?:in|at|from|on|with|who) (?:\\w+ ){0,2}?\\w+)? (?:(?:actually|really|finally) )?(?:crash(?:es)?|dies|gets? (?:hit|run over|hurt|stabbed|shot|cancer|killed)|chokes|drowns|burns|breaks (?:his|her|their) (?:neck|legs?))\\b"
          + "|\\b(?:hope|wish|pray) (?:that )?(?:you|u|your|he|she|they|his|her)\\b[^.!?]{0,40}\\b(?:die|dies|died|dead|burns?|burned|suffers?|rots?|"
          + "crash(?:es)?|gets? (?:hit|hurt|fired|cancer|raped|killed|shot|run over)|drowns?|starves?|(?:gets?|got|catch(?:es)?) (?:\\w+ )?(?:cancer|aids|ebola|a tumou?r))\\b"
          + "|\\b(?:go|just|please|should|pls) (?:\\w+ )?(?:die|jump off|jump in front|crawl in a hole|crawl into a hole|drown|rot|off yourself)\\b"
          + "|\\b(?:should|deserve to|needs? to|ought to) (?:be )?(?:die|be put down|put down|be shot|be hanged|be killed|rot|suffer|be beaten|be raped|"
          + "be run over|get run over|be hit by an? (?:bus|car|truck|lorry|train|van)|be set on fire|be burned alive|be stabbed|be lynched|be beheaded)\\b"
          // round 82: "whoever runs this account should be fired and then set on fire"
          + "|\\b(?:should|deserves? to|needs? to|ought to) be (?:\\w+ ){1,3}(?:and|&) (?:then )?(?:be )?(?:set on fire|burned alive|shot|hanged|hung|killed|stabbed|beaten|lynched|beheaded|run over|put down)\\b"
          // round 54: "that DJ sounds like a drunk walrus, put her down"
          + "|(?:^|[,.!;]\\s*)put (?:her|him|them|it) down\\s*[.!]*\\s*$"
          + "|\\bdeserves? to (?:get |be )?(?:scarred|disfigured|maimed|crippled|paralysed|paralyzed|mutilated|hurt|die|suffer|beaten|beaten up|raped|killed|shot|punched|slapped|kicked|smacked|stabbed|hit|jumped"
          // round 83: "whoever designed this map deserves to be waterboarded", "can't wait for the day you finally log off for good, if you get what I mean"
          + "|waterboarded|tortured|flogged|hanged|lynched|skinned alive|fed to (?:the )?(?:pigs|sharks|dogs|lions|wolves))\\b"
          // round 83: incitement in new words ("the bridge near your school is high enough", "if I were you I'd have ended it years ago",
          // "take the whole bottle next time", "cut deeper next time", "starve yourself then", "everyone would be happier if you weren't there")
          + "|\\b(?:bridge|building|cliff|roof|tower|car park|multi-?storey)\\b[^.!?]{0,30}?\\b(?:is|are|looks?|seems?) (?:high|tall) enough\\b(?! (?:for|to (?:fit|get|let|clear|take)|now))"
          + "|\\b(?:if i (?:were|was) you|in your shoes|if i looked like you|if i had your \\w+),? i(?:'d| would)(?: have)? (?:ended it|killed myself|kms|jumped|ended my life|offed myself|given up)\\b"
          + "|\\b(?:take|swallow|down) the (?:whole|entire) (?:bottle|packet|box|pack)(?: of (?:pills|tablets|them|sleeping pills|paracetamol))?(?: (?:next time|this time|then|already|lol|and sleep)|\\s*[,.!]*\\s*$)|\\bfinish the job (?:next time|this time)\\b|\\b(?:next|this) time,? finish the job\\b"
          + "|\\bcut (?:deeper|harder|vertically|the other (?:wrist|arm))(?:\\s+(?:next time|this time|pls|please|lol|lmao|loser|then)\\b|\\s*[.!]*\\s*$)"
          + "|\\b(?:starve|hang|drown|cut|poison|shoot|kill) (?:yo)?urself,? (?:then|already|pls|please|lol|lmao|nobody cares|no one(?:'s| is) stopping (?:you|u))\\b"
          + "|\\b(?:everyone|everybody|the world|your (?:family|parents|friends|class|school)|we|people)(?: \\w+){0,3} (?:would be|'d be|will be) (?:so much )?(?:happier|better off|better) "
          + "(?:if (?:you|u) (?:weren't|wasn't|were not|was not|didn't exist|were gone|were dead|disappeared|weren't there|wasn't there|left for good)|without (?:you|u)(?: in it| around| there)?)\\b"
          + "|\\b(?:you|u)(?: finally)? (?:log off|go away|leave|disappear|sleep|go to sleep|close (?:your|ur) eyes) (?:for good|permanently|forever)\\b[^.!?]{0,20}?\\bif (?:you|u) (?:get|know|catch) (?:what i mean|my drift|what i'm saying)"
          + "|\\bhope (?:you|u) (?:choke|die|rot|burn|suffer)\\b|\\bstop breathing\\b"
          // round 67: "I hope the team bus crashes on the way back", "delete your account and yourself", "I hope your surgery goes wrong"
          + "|\\b(?:hope|wish|pray) (?:that )?(?:the|your|ur|their|his|her) (?:\\w+ ){0,2}(?:bus|coach|plane|flight|car|train|boat|ship|helicopter|jet)s? (?!(?:never|not|doesn't|doesnt|don't|dont|won't|wont)\\b)(?:\\w+ )?(?:crash(?:es)?|sinks|explodes|blows up|goes down(?! (?:well|a treat|smooth|nicely|better|ok|okay|fine|great|easy|easier))|catches fire|derails)\\b"
          + "|\\bdelete (?:(?:your|ur) \\w+ (?:and|&) )?(?:yo)?urself\\b"
          + "|\\bhope (?:your|ur|his|her|their) (?:surgery|operation|op|wedding|marriage|pregnancy|treatment|recovery|transplant|chemo|baby|kids?) (?:\\w+ )?(?:goes wrong|go wrong|fails|fail|is botched|gets botched|gets infected)\\b"
          // round 56: "I hope someone throws acid in your face"
          + "|\\b(?:hope|wish|pray) (?:that )?(?:someone|somebody|some \\w+) (?:\\w+ )?(?:throws acid|stabs|shoots|kills|rapes|beats|hurts|runs over|attacks|murders|punches|smacks|slaps|"
          + "mugs|robs|kidnaps|burns)\\b[^.!?]{0,20}\\b(?:you|u|your|him|her|them|his)\\b"
          + "|\\b(?:hope|wish|pray) (?:that )?(?:whoever|the (?:\\w+ ){0,2}(?:who|that))\\b[^.!?]{0,50}\\b(?:dies|die|chokes|gets? (?:run over|hit by an? (?:bus|car|truck|lorry|train)|killed|cancer|shot|stabbed|hurt|raped))\\b"
          + "|\\bgo (?:\\w+ )?(?:starve|cut|hang|shoot|drown|hurt|burn|poison) (?:yo)?urself\\b"
          + "|\\bshould (?:be )?(?:sterili[sz]ed|neutered|spayed)\\b|\\b(?:never|shouldn't|should not) (?:be allowed to )?(?:breed|reproduce)\\b"
          + "|\\b(?:just |please )?(?:leave|disappear|go away|log off|quit)(?: this \\w+)? (?:forever|already|and never come back)\\b"
          + "|\\bput (?:you |him |her |them )?down like (?:a|the) (?:dog|animal)\\b|\\b(?:no one|nobody) (?:will|would) (?:care|miss)\\b"
          + "|\\b(?:ashamed|shouldn't|should not) (?:to )?(?:exist|be alive|have been born)\\b|\\bdie already\\b"
          // round 50: "the world would be a better place if you jumped off a bridge"
          + "|\\bbetter (?:place|off)\\b[^.!?]{0,20}\\bif (?:you|u|he|she|they) (?:just |all |would |had )?(?:jumped|died|were dead|was dead|disappeared|"
          + "weren't (?:here|alive|born|around)|never existed|killed (?:yo|him|her|them)sel(?:f|ves)|offed (?:yo|him|her|them)sel(?:f|ves))\\b", F);
  private static final Phrases SLUR = Phrases.compile(
      "(?<![\\p{L}])(?:nigg(?:er|a|ah|az|ers)|n[i1]gg[e3]r|n\\*{2,4}(?:er|ers|a|as|ah)|faggot\\w*|fag|fags|dyke|tranny|trannies|trannie|kike|kikes|spic|spics|chink|chinks|"
          + "wetback\\w*|raghead\\w*|towelhead\\w*|gook\\w*|paki(?![\\p{L}-])(?! (?:check|ayos|refund|tingnan|help|update|sagot|reply|cancel|balik|send|confirm|process|explain|fix|call|message|pm|dm|follow|po)\\b)|pakis|coon|coons|beaner\\w*|gypsies are|shemale|ching[ -]?chong|curry[ -]?munchers?|muzzies|muzzie|muzrats?|goat ?f[u*]ckers?|jeets|pajeets?)(?![\\p{L}])", F);
  /**
   * Racist abuse by emoji, as footballers get it under their posts (round 83): monkeys or a gorilla twice, a monkey with a banana,
   * bananas with "monkey", a person called a monkey ("that youth player is a \uD83D\uDC12"). Not the see-no-evil monkeys, which
   * are used in play; a zoo's or a wildlife page's comments are left to the rest.
   */
  private static final Phrases EMOJI_PAIR = Phrases.compile("[\\x{1F412}\\x{1F435}\\x{1F98D}]\\s*[\\x{1F412}\\x{1F435}\\x{1F98D}\\x{1F34C}]");
  private static final Phrases EMOJI_SLUR = Phrases.compile(
      "\\x{1F34C}[\\s\\x{1F34C}]*(?:monkey|ape)\\b"
          + "|\\b(?:is|'s|you're|youre|ur|u r|are|r) (?:an? |such an? |just an? |nothing but an? )?[\\x{1F412}\\x{1F435}\\x{1F98D}]", F);
  private static final Phrases ANIMAL_TALK = Phrases.compile("\\b(?:zoo|zoos|safari|wildlife|enclosure|sanctuary|primates?|rainforest|jungle trek|animal park|mascot|costume|onesie|plush|teddy|toy|logo)\\b(?![^.!?]{0,20}\\b(?:back|belong))", F);
  private static final String GROUP = "(?:muslims|jews|christians|blacks|whites|gays|lesbians|trans people|women|men|immigrants|"
      + "refugees|mexicans|asians|arabs|africans|indians|chinese|latinos|hispanics|foreigners|migrants|those people|these people|all of them|"
      + "jew|muslim|black people|white people|gay people|trans|transgenders?|feminists|liberals|conservatives|christians|catholics|hindus|"
      + "sikhs|romanians|poles|russians|ukrainians|palestinians|israelis|somalis|nigerians|indigenous|natives|disabled people|fat people)";
  /** Who a person is taken to be, as an adjective ("the next gay person", "a disabled person"). */
  private static final String GROUP_ADJ = "(?:black|asian|gay|lesbian|trans|muslim|jewish|jew|indian|mexican|african|arab|chinese|immigrant|foreign|foreigner|"
      + "refugee|migrant|disabled|hijabi|queer|paki|romanian|polish|somali|nigerian|latino|hispanic)";
  /** A group of people named, not as a kind of food or shop ("the chinese takeaway", "the men's toilets"). */
  private static final Phrases NAMES_GROUP = Phrases.compile(
      // round 83: "the bin men", "the delivery men" name workers, not a group
      "\\b(?<!\\b(?:bin|delivery|repair|removal|removals|police|fire|post|sales|camera|cable|gas|security|maintenance|handy|dust|milk|business|work|the two|two|three|both) )(?:" + GROUP + "|" + GROUP_ADJ + " (?:people|person|man|woman|men|women|family|families|kids|folk)"
      + "|illegals?|illegal aliens|immigration|(?:your|ur|his|her|their) (?:people|kind|race|tribe|religion)|asylum seekers?|turks|pakis|gypsies|jihadis|islam|judaism|homosexuals?|queers)\\b(?!'s| (?:[\\w-]+ )?" + CONDITION_THINGS + "\\b)", F);
  private static final Phrases DEHUMANIZE = Phrases.compile(
      // round 83: "plus size models are promoting obesity, they're a burden on the rest of us"
      "\\b(?:(?:people|models|migrants|immigrants|refugees|claimants|pensioners|disabled|obese|fat|old|elderly|travellers|gypsies|foreigners|asylum seekers|boomers)\\b[^.!?]{0,60}?\\b"
      + "(?:they're|they are|theyre)|these people are|those people are)(?: all| just)? (?:a |an )?(?:burden|drain|leeches|parasites|scroungers) on (?:the rest of us|society|the (?:nhs|state|taxpayers?|economy|country|system)|taxpayers|us all|everyone else|hard working people)\\b|"
      +       "\\b(?:all )?" + GROUP + " (?:are|r) (?:\\w+ )?(?:animals|vermin|rats|parasites|terrorists|disgusting|subhuman|filth|scum|a disease|cancer|savages|criminals)\\b"
          // round 60: "these travellers need burning out of that field"
          + "|\\b(?:travellers|travelers|gypsies|gipsies|gyppos|pikeys|" + GROUP.substring(3) + " (?:need|needs|want|wants|deserve|deserves) (?:a good )?(?:burning|gassing|shooting|torching|wiping out|exterminating|putting down|lynching|hanging|stringing up)\\b"
          // round 59: "hindus worship cows lol, filthy people"
          + "|\\b" + GROUP + "\\b[^.!?]{0,50}?[,.!-]\\s*(?:such |what |just )?(?:filthy|dirty|disgusting|vile|subhuman|savage|backward|inbred|smelly|stinking) (?:people|lot|bunch|creatures|animals|race|religion|freaks)\\b"
          + "|\\b(?:all )?" + GROUP + " (?:shouldn't|should not|must not|mustn't|can't|cannot) be (?:allowed|trusted|let) (?:near|around|with|to (?:adopt|teach|work with|raise)) (?:kids|children|our kids|our children)\\b"
          // round 46: "women shouldn't be allowed to work in customer service"
          + "|\\b(?:all )?" + GROUP + " (?:shouldn't|should not|must not|mustn't) be allowed to (?:vote|work|drive|speak|talk|lead|teach|run|exist|live (?:here|in)|have (?:jobs|rights|kids|children))\\b"
          + "|\\b(?:all )?" + GROUP + " (?:should|must|need to) (?:all )?(?:be )?(?:die|wiped out|exterminated|deported|locked up|gassed|shot|hanged|go back)\\b"
          + "|\\bgo back to (?:your|ur) (?:own )?country\\b|\\bget (?:the (?:fuck|hell) )?out of (?:my|our) country\\b|\\b(?:stinky|smelly|stinking|dirty|filthy) curry[ -]?(?:eaters?|munchers?)\\b|\\bbelong in the kitchen\\b|\\b(?:get|go) back (?:in|into|to) (?:the|your|ur) kitchen\\b|\\bkitchen where (?:you|u|she|women|they|females) belongs?\\b"
          // staff to be sacked for who they are: "fire the black woman in your ad"
          + "|\\b(?:fire|sack|get rid of|replace) (?:the|that|this|your|all (?:the|your|those)) (?:\\w+ )?(?:black|asian|gay|lesbian|trans|muslim|jewish|indian|mexican|african|arab|chinese|immigrant|foreign|disabled|hijabi)s? "
          + "(?:woman|women|man|men|guy|guys|girl|girls|lady|ladies|person|people|actor|actress|model|models|one|ones|staff|employees?|presenter|couple|family|kid|kids)\\b|\\b(?:filthy|dirty|stinking|stinky|smelly|disgusting) (?:immigrant|muslim|jew|foreigner|refugee|migrant|paki|gyps(?:y|ies)|arab|mexican|african|romanian|pole|polish people|indian)\\w*\\b|\\b(?:filthy|dirty|disgusting|smelly|stinking|stinky|vile|savage|backward) (?:just )?like (?:the rest of )?(?:your|ur|his|her|their) (?:people|kind|race|lot|religion|country|tribe)\\b"
          + "|\\b" + GROUP + "\\b(?!'s)[^.!?]{0,30}\\b(?:are|r|they're|theyre) (?:all |just |nothing but |such )?(?:\\w+ )?" + INSULT + "\\b"
          + "|\\b" + GROUP + " (?:control|run|ruin|destroy|infest|invade)s? (?:everything|the world|our country|this country|the media|the banks)\\b"
          + "|\\b" + GROUP + " (?:should|must|need to|ought to) (?:all )?be (?:removed|banned|killed|eliminated|exterminated|sterilized|expelled|gassed)\\b"
          + "|\\b" + GROUP + " (?:breed|multiply) like (?:rats|rabbits|cockroaches|vermin|animals|flies)\\b"
          + "|\\b(?:the )?(?:jews|jew|zionists|rothschilds) (?:own|owns|control|controls|run|runs)\\b"
          // "gay people like you make me sick": disgust at who people are (not at a party or a politics)
          + "|\\b(?:gays?|gay people|lesbians|trans people|trannies|muslims|jews|blacks|black people|immigrants|refugees|migrants|foreigners|mexicans|asians|arabs|"
          + "africans|indians|disabled people|fat people|women|girls) (?:like (?:you|u|him|her|them) )?(?:make me (?:sick|vomit|puke|want to (?:vomit|puke|throw up))|disgust me)\\b"
          + "|\\b(?:why are|why is) " + GROUP + " (?:even )?allowed\\b|\\b" + GROUP + " (?:don't|do not) belong\\b"
          // women told where they belong ("female reporters should stick to the weather, leave football to men")
          + "|\\b(?:women|woman|girls|females?|female \\w+)\\b[^.!?]{0,20}\\b(?:should|need to|belong|ought to)\\b[^.!?]{0,12}?\\b(?:stick to|stay (?:in the kitchen|out of|at home|home)|"
          + "in the kitchen|shut up|not (?:be allowed to )?(?:vote|drive|talk|speak|work))\\b|\\bleave (?:\\w+ ){1,2}to (?:the )?men\\b"
          // round 52: "I h8 muslims", "black people belong in cages", "I'd never hire a disabled person", "shoot the next gay person I see"
          + "|\\bh8(?:e|s|ing)? (?:all )?" + GROUP + "\\b|\\b" + GROUP + " belongs? in (?:a |the )?(?:cages?|zoos?|prisons?|jail|chains|camps?|ovens?|gas chambers?|the ground|graves?|hell)\\b"
          + "|\\b(?:i'd|i would|i'll|i will|i|we'd|we would|we'll|we will) (?:never|not ever|refuse to) (?:ever )?(?:hire|employ|rent to|serve|date|trust|promote) (?:a |an |any )?" + GROUP_ADJ
          + "s? (?:person|people|man|men|woman|women|guy|guys|girl|girls|one|ones|applicants?|tenants?|customers?|staff|employees?)\\b"
          + "|\\b(?:shoot|kill|punch|stab|beat|hurt|attack|run over|smack|hit|knife|bash|slap) (?:the next|every|any|each|all the|all) (?:\\w+ )?" + GROUP_ADJ
          + "s?\\b(?: (?:person|people|man|men|woman|women|guy|guys|girl|girls|kid|kids|one|ones))?[^.!?]{0,12}?\\b(?:i see|i meet|i find|i come across|i catch|on sight|in sight|that walks|who walks)\\b", F);
  /** Telling someone to leave for the country they are taken to be from. */
  private static final Phrases GO_BACK = Phrases.compile(
      "(?:^\\s*(?:@[\\w.]+\\s+)+|\\b(?:you|u|just|so|then|now|pls|please|and)\\s+)go back to (?:india|pakistan|bangladesh|china|africa|mexico|syria|somalia|iraq|iran|afghanistan|nigeria|poland|romania|"
          + "korea|japan|vietnam|jamaica|morocco|turkey|albania|ghana|kenya|the congo|el salvador|guatemala|honduras|puerto rico|"
          + "haiti|the philippines|your (?:own )?(?:country|island|village|cave|hut|jungle|desert)|where (?:you|u|they|he|she) (?:came|come) from"
          // round 84: a stereotyped job for a person's origin ("go back to coding in your call centre"); not "the" one, which a
          // customer goes back to ("I'll just go back to the corner shop then")
          + "|(?:\\w+ing (?:in|at|on) )?(?:your|ur) (?:call cent(?:re|er)|corner shop|kebab shop|nail bar|curry house|rice fields?|paddy fields?|sweatshop))\\b"
          // round 85: "chip in for a one way ticket to send you back where you came from"; not "send them back", which may be boots
          + "|\\bsend(?:ing)? (?:you|u|him|her|these people|the lot of (?:you|them)) (?:all )?(?:back|home) (?:to )?(?:where (?:you|u|they|he|she) (?:came|come|belong) from|(?:your|their|his|her) (?:own )?(?:country|countries))\\b", F);
  // --- the same attacks in Spanish, Portuguese, French, German and Italian, the languages brands' comments most often come in besides English
  /** Threats, calls to self-harm, slurs and "go back to your country", beyond doubt in any comment. */
  private static final Phrases ABUSE_ELSEWHERE = Phrases.compile(
      "(?<![\\p{L}])(?:"
          // es
          + "m[aá]tate|suic[ií]date|mu[eé]rete|ojal[aá] (?:te mueras|te maten|te mueras pronto|revientes)|te voy a (?:encontrar|matar|partir|romper|buscar|reventar|apu[nñ]alar)|"
          + "s[eé] d[oó]nde vives|vete a tu pa[ií]s|marica|maric[oó]n|sudaca|sudacas|panchito|moro de mierda|negro de mierda|"
          // round 85 (a fashion brand's Instagram): not "mono" or "chino", clothes a customer calls "de mierda"; "vuelve a la cocina" said
          // to a woman, not an order sent back to it, "regrésate a tu rancho", "indio de mierda", "ojalá te despidan"
          + "vuelve a (?:la cocina|tu pa[ií]s|tu tierra)(?=\\s*(?:[,.;!?\\p{So}]|$|mujer|que |donde |a (?:fregar|cocinar|limpiar))(?! ?(?:o|y) ))|regr[eé]sate a tu (?:pa[ií]s|rancho|pueblo|tierra)|"
          + "(?:indio|india|naco|naca|gitano|gitana|sudaca|maric[oó]n|puto|negra) de mierda|ojal[aá] te (?:despidan|echen|atropell\\p{L}*|pase algo|violen)|"
          // pt
          + "vai se matar|se mata|tomara que (?:voc[eê]|tu) morra|vou te (?:matar|encontrar|pegar|achar|furar)|sei onde (?:voc[eê]|tu) mora|"
          + "volta pr[oa] (?:seu|teu) pa[ií]s|viado|viadinho|sapat[aã]o|macaco imundo|"
          // round 85: "volta pro nordeste", "macaco não devia ser modelo", "esse veado" (not the deer in an advert)
          + "volta (?:pr[oa]|para o|para a) (?:nordeste|sua terra|tua terra|senzala|[aá]frica)|(?:esse|seu|teu|aquele|sua) veado|veado (?:nojento|de merda|safado)|veadinho|macac[oa] (?:n[aã]o (?:devia|deveria|pode)|de merda|nojent[oa])|(?:esse|essa) macac[oa]|"
          // fr
          + "va te pendre|va crever|cr[eè]ve|suicide-toi|tue-toi|je vais te (?:retrouver|tuer|d[eé]foncer|buter|crever|tabasser)|je sais o[uù] tu (?:habites|vis)|"
          + "retourne dans ton pays|pédé|tapette|bougnoule|sales? (?:arabes?|noirs?|juifs?|n[eè]gres?|bougnoules?|immigr[ée]s?|musulmans?|roms?|gitans?)|renvoyer (?:\\w+ ){0,2}chez eux|"
          // de
          + "geh (?:doch )?sterben|stirb|bring dich (?:doch )?(?:einfach )?(?:endlich )?um|h[aä]ng dich auf|ich bring dich um|ich wei[sß]s? wo du wohnst|geh zur[uü]ck in dein land|kanake|schwuchtel|"
          // it
          + "ammazzati|(?:faresti meglio a|dovresti) (?:sparire|morire|ammazzarti)|impiccati|ti ammazzo|so dove abiti|torna al tuo paese|frocio|negro di merda|"
          // round 44: "vai a morire", "ti aspetto sotto casa stasera"
          + "vai a morire|ti aspetto sotto casa[^.!?]{0,20}\\bvedrai|"
          // round 63: "j'espère que tu vas crever", "alle Ausländer raus, das sind doch Tiere", "ti vengo a cercare e ti spacco la faccia",
          // and Russian and Dutch: "сдохни", "ik weet waar je woont, kankerhoer"
          + "(?:tu )?vas crever|tu cr[eè]ves|ausl[aä]nder raus|(?:ausl[aä]nder|fl[uü]chtlinge|muslime|juden|t[uü]rken|kanaken|migranten)\\b[^.!?]{0,20}\\b(?:sind|=) (?:doch |alle |nur |einfach )*(?:tiere|ratten|parasiten|abschaum|ungeziefer)|"
          + "ti (?:vengo a cercare|spacco (?:la faccia|le ossa|il culo)|ammazzo|faccio a pezzi)|"
          + "сдохни|убей себя|повесься|я тебя (?:найду|убью|урою)|(?:знаю|я знаю),? где ты живешь|шлюха|пидор\\w*|хач\\w*|"
          + "ik weet waar je woont|kanker ?(?:hoer|lijer|mongool|homo|nicht|neger|turk|marokkaan)\\w*|ga (?:dood|toch dood)|rot op naar je eigen land"
          + ")(?![\\p{L}])"
          // round 59: "🔫🔫🔫 keep talking": a knife, a gun or a bomb with a warning, in any language's thread
          + "|[\\x{1F52A}\\x{1F52B}\\x{1F5E1}\\x{1F4A3}\\x{1FA93}][^\\p{L}]{0,12}(?i:keep talking|see (?:you|u|ya)(?: (?:at|outside|after) (?:the |your |ur )?\\w+)? (?:soon|later|around|tonight|tomorrow)|(?:you're|ur|you are|u r) next|say that again|try me|one more word|sleep tight|last warning|watch (?:your|ur) back)\\b"
          + "|\\b(?i:keep talking|(?:you're|ur|you are|u r) next|say that again|try me|one more word|last warning)[^\\p{L}]{0,12}[\\x{1F52A}\\x{1F52B}\\x{1F5E1}\\x{1F4A3}\\x{1FA93}]", F);
  /** Insults, when aimed at someone: a handle, or "you" in the comment's language. */
  private static final Phrases INSULT_ELSEWHERE = Phrases.compile(
      "(?<![\\p{L}])(?:idiota|imb[eé]cil|puta|zorra|perra|gilipollas|subnormal|retrasad[oa]|pendej[oa]|cabr[oó]n|"
          // round 85: "qué asco de persona", "eres una vergüenza de mujer"
          + "asco de (?:persona|mujer|hombre|ser humano|tipo|tía|tío)|verg[uü]enza de (?:persona|mujer|hombre|ser humano|madre|padre)|"
          + "vagabunda|vadia|piranha|ot[aá]ri[oa]|imbecil|gord[oa] asqueros[oa]|nadie (?:te )?quiere ver tu cara|nadie te quiere|ningu[eé]m te (?:ama|quer)|"
          + "personne ne t'aime|niemand mag dich|nessuno ti vuole|"
          // words that also describe a service ("una basura de servicio"): only when said of the person
          + "(?:eres|sos|seu|sua|voc[eê] [eé]|vc [eé]|tu es|t'es|du bist) (?:una? |um |uma |une? |eine? )?(?:\\w+ )?(?:basura|escoria|lixo|merda|mierda|"
          + "est[uú]pid[oa]|in[uú]til|asqueros[oa]|nojent[oa]|burr[oa]|gorda|grosse? \\w+|nul(?:le)?)|"
          + "connard|conne|salope|pute|abruti|d[eé]bile|bouffon|grosse vache|encul[eé]|ferme ta gueule|"
          + "arschloch|hure|schlampe|fotze|wichser|missgeburt|spast|hurensohn|"
          + "stronz[oa]|troia|puttana|coglione|cretin[oa]|sei (?:un |una )?(?:fallit[oa]|nullit[aà]|idiota|stupid[oa]|schifo)|"
          + "du bist (?:so |echt |ein |eine )?(?:h[aä]sslich|dumm|fett|behindert|wertlos|nutzlos|erb[aä]rmlich)\\w*)(?![\\p{L}])", F);
  private static final Phrases YOU_ELSEWHERE = Phrases.compile(
      "@\\w+|(?<![\\p{L}])(?:eres|t[uú]|te|vos|voc[eê]|seu|sua|teu|tua|t'es|tu es|toi|du|dich|dir|bist|sei|ti)(?![\\p{L}])", F);
  /**
   * Abuse in twenty more languages (Turkish, Polish, Romanian, Czech, Hungarian, Ukrainian, Russian,
   * Greek, Arabic, Persian, Hindi, Indonesian, Vietnamese, Thai, Tagalog, Swahili, Korean, Japanese,
   * Chinese, Dutch), read by kind as spam in them is: a wish of death or a call to self-harm is abuse
   * wherever it stands; an insult counts when said to "you" (the singular, informal "you" of the
   * language, within a few words: "ty tupa korova", "kamu bodoh"), or with "shut up" or "get lost"
   * beside it. Words that also describe a service ("jelek", "pangit", "głupia aplikacja") are only
   * insults said to a person, so a complaint about the app keeps its queue.
   */
  private static final Phrases ABUSE_MORE = Phrases.compile(
      "(?<![\\p{L}\\p{M}\\p{N}])(?:git öl|geber|zdechnij|zabij się|powieś się|chcípni|zabij se|dögölj meg|halj meg|du-te și mori|sa mori|să mori|здохни|"
          + "краще б ти здох\\p{L}*|щоб ти здох\\p{L}*|сдохни|убей себя|повесься|ψόφα|αυτοκτόνησε|روح موت|موت يا|انتحر|بمیر|خودتو بکش|मर जा|मर जाओ|"
          + "mati aja|mati sana|mati lu|mati kau|bunuh diri sana|chết đi|mamatay ka(?: na)?|magpakamatay ka|kufa tu|nenda ukafe|ga dood|sterf|verreck)(?![\\p{L}\\p{M}\\p{N}])"
          + "|ไปตาย|죽어버려|죽어라|뒤져라|디져라|死ね|しね|去死|死吧"
          // round 85: Hindi and Urdu written in Latin letters, as most of India's social comments are ("ghar aa ke maarunga", "kutte ki
          // maut marega", "randi ki aulaad", "sab katwe ek jaise", "Bangladeshi ghuspaithiye ho sab, wapas bhejo", "mar ja tu")
          + "|(?<![\\p{L}\\p{M}\\p{N}])(?:(?:maar|mar) (?:dunga|doonga|dalunga|daalunga|denge|dalenge|daalenge|daal(?:o|na)|do)|maarunga|marunga|maarenge|jaan se maar\\p{L}*|goli maar\\p{L}*|"
          + "kutte ki maut|(?:tujhe|tereko|tumhe|tumko|usko|use) dekh (?:lunga|lenge|loonga)|ghar (?:aa|aake|aa ke|ghus ke|ghuske) (?:maar|thok|peet|pit)\\p{L}*|"
          + "mar ja(?:a|o)? (?:tu|tum|saale|saali|kutte|kamine)|(?:tu|tum) mar ja(?:a|o)?|"
          + "madarchod\\p{L}*|maderchod\\p{L}*|behen ?chod\\p{L}*|bhen ?chod\\p{L}*|bhosd\\p{L}*|gandu|randi (?:ki|ke|ka|hai|saali|rona)|randi ?(?:baaz|khana)|(?:teri|tu|tum|sab|ek) randi|"
          + "(?:randi|suar|kutte|kutiya|harami|gadhe) ki (?:aulaad|aulad|aulaado)|teri (?:maa|behen|ma) (?:ki|ko|ka)|"
          + "katw[ae]|katu[ae]|katuaa|katwo|mulle|ghuspaith\\p{L}*|(?:desh|samaj|dharti) (?:pe|par) bojh|gaon wapas ja\\p{L}*|"
          + "(?:nikalo|bhagao|bhaga do|nikaal do|nikal do) (?:inko|inhe|in logo ko|sabko|unko|unhe|in sab ko)(?: \\p{L}+){0,2} (?:desh|india|bharat|yahan) se|"
          + "ladki hai (?:toh|to) (?:kitchen|rasoi|ghar)\\p{L}*)(?![\\p{L}\\p{M}\\p{N}])"
          + "|\\b(?:bangladeshi|rohingya|pakistani|paki|mulle|katwe)\\p{L}*\\b[^.!?]{0,40}\\b(?:wapas|waapas) (?:bhejo|bhej do|jao)\\b"
          // round 85: Arabic in Latin letters and digits ("Arabizi": "kos omak, ro7 mot", "ibn el sharmouta") and Nigerian Pidgin threats
          // ("I go find you and beat you tire")
          + "|(?<![\\p{L}\\p{N}])(?:sharmou?ta|sharmoot\\p{L}*|ibn el (?:sharmou?ta|kalb)|kos ?om+ak|kos ?ekhtak|yel3an (?:abou?k|ommak|deenak)|ro7 mo[u]?t|rou7 mout|khawal|"
          + "i go (?:find|beat|kill|deal with|wound|slap) (?:you|una)|beat (?:you|una) (?:tire|well well)|"
          // and Jamaican Patois: "mi a go kill yuh", "chi chi man fi dead", "mi know weh yuh live"
          + "mi (?:a go|ago|gwaan|guh|will) (?:kill|shot|shoot|buss|murda|bun|lick|chop|stab) (?:yuh|unu|yu|you)|(?:yuh|unu|yu|dem|him|she|man|gyal) fi dead|chi ?chi (?:man|bwoy|boy)s?|"
          + "mi know weh (?:yuh|yu|unu) (?:live|stay|work)|batty (?:bwoy|man|boy)s?)(?![\\p{L}\\p{N}])", F);
  private static final String INSULT_MORE_WORDS = "(?:(?<![\\p{L}\\p{M}\\p{N}])(?:aptal\\p{L}*|salak\\p{L}*|gerizekal\\p{L}*|şerefsiz\\p{L}*|orospu\\p{L}*|çirkin\\p{L}*|şişko|ezik|yavşak|pislik|köpek|"
      + "idiot(?:a|ą|o|ko|ka|ką|ule|ul|ă)?|debil\\p{L}*|kretyn\\p{L}*|głup(?:i|ia|ią|ek|ku)|brzydk\\p{L}*|brzydal|grubas\\p{L}*|świni\\p{L}*|szmat\\p{L}*|frajer\\p{L}*|"
      + "prost(?:ule|ul|ă)?|ratat\\p{L}*|urât\\p{L}*|grăsan\\p{L}*|curv\\p{L}*|târf\\p{L}*|jegos\\p{L}*|boule|vac[aă]|"
      + "blb(?:á|ý|ec|ko)|kráv\\p{L}*|tlust\\p{L}*|hnusn\\p{L}*|děvk\\p{L}*|kurv\\p{L}*|hlup(?:ák|áku|á|ý)|"
      + "hülye|barom|idióta|ronda|kövér|kurva|ribanc|nyomorék|"
      + "тупа|тупий|дурн\\p{L}*|корова|свиня|потвора|повія|нікчема|тупой|тупая|дура|дурак|идиот|идиотка|урод|уродина|жирный|жирная|тварь|сука|шлюха|дебил|мразь|свинья|ничтожество|"
      + "ηλίθι\\p{L}*|βλάκα|βλάκας|άχρηστ\\p{L}*|μαλάκα|πουτάνα|χοντρ\\p{L}*|άσχημ\\p{L}*|"
      + "غبي|غبية|حقير|حقيرة|كلب|كلبة|حمار|قبيح|قبيحة|عاهرة|شرموطة|تافه|احمق|بی‌ارزش|بی ارزش|کثافت|آشغال|خر|جنده|زشت|"
      + "बेवकूफ|कुत्ता|कुत्ते|कुतिया|गधा|गधे|हरामी|कमीना|कमीनी|मोटी|मोटा|बदसूरत|chutiya|kutta|kutte|kamina|harami|bewakoof|gadha|"
      + "bodoh|goblok|tolol|jelek|anjing|babi|bangsat|kampret|brengsek|lonte|gendut|"
      + "đồ ngu|ngu|con chó|chó|đồ khốn|khốn nạn|xấu xí|tanga|bobo|gago|gaga|pangit|ulol|inutil|mjinga|mbwa|mpumbavu|malaya|"
      + "trut|lelijk\\p{L}*|dikke|idioot|debiel|hoer|sukkel|"
      // round 85: Hindi in Latin letters
      + "chutiy\\p{L}*|chutiye|bhikari|bhikhari|gawar|ganwar|nalayak|suar|kamine|kamini|haramkhor|haramzad\\p{L}*|ullu ka pattha|lodu|lavde|jhaatu|bandar)(?![\\p{L}\\p{M}\\p{N}])"
      + "|โง่|ควาย|หมา|ขี้เหร่|อีดอก|멍청\\p{L}*|병신|바보|못생\\p{L}*|돼지|개새끼|バカ|ばか|馬鹿|ブス|デブ|クズ|アホ|傻逼|傻B|煞笔|白痴|蠢货|蠢猪|废物|贱人|婊子|猪头|王八蛋)";
  private static final Phrases INSULT_MORE = Phrases.compile(
      // "you" then the insult within a few words, no clause between
      "(?:(?<![\\p{L}\\p{M}\\p{N}])(?:sen|jesteś|jestes|ty|ești|esti|jsi|seš|te|ти|ты|είσαι|εσύ|انت|أنت|إنت|يا|تو|तू|तुम|kamu|lu|elo|kau|mày|wewe|je bent|jij bent|ben jij|jij|tu|tum|tujhe|tujhse|tere|teri|tera|tereko|abe|oye|saale|saali|iski|iska|uski|uska)(?![\\p{L}\\p{M}\\p{N}])"
          + "|มึง|แก|넌|너는|니가|お前|おまえ|てめえ|貴様|你(?!们|們))[^,.!?;،。！？\\n]{0,30}?" + INSULT_MORE_WORDS
          // Turkish says "you are" with a suffix ("aptalsın"), Tagalog puts "you" after ("tanga mo", "pangit ka")
          + "|(?<![\\p{L}\\p{M}\\p{N}])(?:aptal|salak|gerizekalı|şerefsiz|çirkin|şişko|ezik)s[ıi]n(?![\\p{L}\\p{M}\\p{N}])"
          + "|(?<![\\p{L}\\p{M}\\p{N}])(?:ang )?(?:tanga|bobo|gago|gaga|pangit|ulol|inutil) (?:mo|ka)(?![\\p{L}\\p{M}\\p{N}])"
          // shut up, get lost
          + "|(?<![\\p{L}\\p{M}\\p{N}])(?:zamknij (?:mordę|ryj)|spierdalaj|wypierdalaj|kapa çeneni|siktir git|defol git|taci (?:dracu|naibii)|zmiz|drž hubu|sklapni|fogd be a pofád|kuss|"
          + "húzz el|заткнись|завали ебало|отвали|стули пельку|закрий рота|σκάσε|βούλωσ' το|اخرس|اخرسي|انقلع|خفه شو|گمشو|चुप कर|भाग जा|diam lu|diam kau|"
          + "(?<![\\p{L}\\p{N}])ya (?:kalb|7mar|hmar|7ayawan|hayawan|ghabi|7aqeer|haqeer|wes5|khara|zbala)(?![\\p{L}\\p{N}])|kol khara|ashawo|dutty (?:gyal|bwoy)|wutless (?:gyal|bwoy)|guh weh|(?:you be|you're an?|una be) ode\\b|^\\W*ode\\W*,|"
          + "aukaat (?:mein|me) reh\\p{L}*|chup kar(?! ?ke)|chakka kaun hai|(?:saala|saale|tu|tum) chakk[ae]|chakk[ae] (?:log|saale|ho tum)|bandar (?:lag (?:raha|rahi|rahe) h[aei]i?|jais[aie] (?:shakal|chehra|dikh\\p{L}*))|bakwas band kar\\p{L}*|cút đi|câm mồm|tumahimik ka|manahimik ka|nyamaza|toka hapa|rot op|hou je bek|houd je mond)(?![\\p{L}\\p{M}\\p{N}])"
          + "|หุบปาก|ไสหัวไป|꺼져|닥쳐|消えろ|黙れ|うるせえ|滚开|滚蛋|给我滚|闭嘴", F);
  /** Pitches that are spam in those languages. */
  private static final Phrases PITCH_ELSEWHERE = Phrases.compile(
      "(?<![\\p{L}])(?:gana(?:r)? (?:dinero|[\\d.,]+ ?[€$])|seguidores (?:reales|baratos|gratis)|compra(?:r)? seguidores|sorteo|pr[eé]stamos? (?:r[aá]pidos?|sin aval)|"
          + "sin aval|escr[ií]beme (?:por|al) (?:whats ?app|privado|dm)|chicas solteras|dinero f[aá]cil|"
          + "ganhe dinheiro|dinheiro f[aá]cil|retorno garantido|compre seguidores|seguidores (?:reais|baratos)|link na (?:minha )?bio|link en (?:mi )?(?:bio|perfil)|lien dans (?:ma )?bio|rob[oô] de investimentos?|chama no (?:direct|privado|whats)|sorteio|"
          + "gagnez (?:un|de l'argent|[\\d.,]+)|doubler (?:votre|ton|vos) (?:capital|argent|investissement|mise)|je suis (?:un |une )?(?:investisseur|investisseuse|trader|courtier)\\b[^.!?]{0,80}\\bcontacte[zr]?(?:-moi)?|"
          + "duplic(?:ar|ca) (?:tu|su|seu|o seu) (?:dinero|dinheiro|capital|inversi[oó]n|investimento)|"
          + "travaillez (?:depuis|de) chez vous|cliquez ici|argent facile|abonn[eé]s (?:gratuits|pas chers)|"
          + "geld verdienen|gewinnspiel|follower kaufen|von zu hause (?:aus )?arbeiten|"
          + "guadagna(?:re)? (?:soldi|[\\d.,]+)|follower gratis|lavora da casa|"
          // round 63: "Compra follower italiani veri", "Заработок от 5000 рублей в день", "Verdien €300 per dag", "Kredit ohne Schufa", a recovery hacker thanked
          + "compra(?:re)? (?:\\w+ )?follower|follower (?:\\w+ )?veri|scrivimi (?:in privato|su (?:whats ?app|telegram|instagram))|"
          + "заработ\\w* от|пиши (?:в|мне в) (?:телеграм|телегу|лс|вотсап)|"
          + "verdien (?:\\S+ ){0,2}per (?:dag|week|maand)|vanuit huis (?:werken|geld)|"
          + "kredit ohne schufa|(?:schreib|kontaktier)(?:e|en sie)? (?:mir|uns|ihm|ihr)? ?(?:auf|per|über) (?:whats ?app|telegram)|"
          + "(?:recuper\\w*|r[eé]cup[eé]r\\w*|zur[uü]ck\\w*|de volta|konto|conta|cuenta|compte)\\b[^.!?]{0,60}(?:dank|gra[cç]as a(?:o|à)?|gracias a|grazie a|gr[aâ]ce [aà]) " + RECOVERY_HANDLE + "|"
          // round 44: "Investissez 250€ et recevez 2500€", "Verdiene bis zu 300€ am Tag", "Cerco ragazze per lavoro", "vi tu perfil y me encantaste"
          + "investi(?:ssez|r|s) \\d+ ?(?:€|euros?|\\$)[^.!?]{0,40}\\brecev(?:ez|oir|rez) \\d+|verdiene (?:bis zu )?\\d+ ?(?:€|euro)|"
          + "cerco ragazze per lavoro|vi tu perfil y me encant\\w*|me gust[oó] (?:mucho )?tu (?:perfil|foto)|agr[eé]game (?:en|a) (?:snap\\w*|insta\\w*|ig|whats ?app|telegram|facebook|face)|"
          // round 70: Indonesian gambling, loans and follower sellers ("slot gacor hari ini maxwin", "situs judi online", "pinjaman online
          // cepat cair"), Hinglish earnings ("ghar baithe kamao"), and more of the kinds we had in Portuguese, Spanish, French, German,
          // Italian and Russian
          + "slot gacor|gacor\\d*|maxwin|situs (?:judi|slot|togel)|judi (?:online|bola|slot)|togel|deposit pulsa|link alternatif|pinjaman online|pinjol|"
          + "cepat cair|jasa (?:tambah )?(?:followers|likes|subscribers)|followers murah|modal kecil|untung besar|gaji \\d+ juta|saldo (?:dana|ovo|gopay|shopeepay) gratis|"
          + "hp (?:baru )?gratis|wa admin|pulihkan akun|diskon \\d+ ?% semua|dijamin (?:jackpot|menang|untung)|"
          + "ghar baithe (?:kamao|kamaye|paise)|(?:kamao|kamaye|jeeto) (?:\\S+ )?(?:₹|rs\\.?) ?\\d|paise double|recharge jeeto|"
          + "ganhe (?:r\\$ ?)?\\d|me chama no (?:whats|direct|privado|zap)|curso gr[aá]tis de (?:trader|trading|forex|cripto\\w*)|resultados garantidos|"
          + "recupero tu cuenta|info por (?:dm|privado|interno)|vends? (?:des |mes )?comptes? (?:netflix|spotify|disney|premium)|[ée]crivez-moi en priv[ée]|"
          + "kostenlose follower|link in meiner bio|guadagna con (?:le |il )?(?:cripto\\w*|trading|forex|bitcoin)|il mio mentore|"
          + "купить подписчиков|подписчик\\w* недорого|заработок в интернете|подробности в телеграм\\w*|пишите в директ|"
          // round 45: "j'ai triplé mon capital en un mois, contactez-la sur Instagram"
          + "(?:tripl|doubl|quadrupl)[ée] (?:mon|mes|son|ses) (?:capital|argent|investissement|gains?)\\b[^!?]{0,80}\\bcontacte[zr]?-(?:la|le|lui)|"
          + "(?:madame|monsieur|mme|señora|senhora|frau|herr|signora) \\p{Lu}\\w+\\b[^.!?]{0,60}\\b(?:trading|crypto|forex|bitcoin|investissement|inversi[oó]n|investimento|investition)\\b[^!?]{0,100}\\b(?:contacte[zr]?(?:-la|-le)?|escr[ií]bele|contact[aá]la|contate|chama|schreib ihr|scrivile)\\b)(?![\\p{L}])", F);

  /**
   * Spam in the languages the lists above do not hold, read by what it offers and how it reaches
   * out rather than by its phrases: earnings, "from home", "a day", free things, followers, loans
   * without collateral, gambling and giveaways, and a messenger, a "write to me" or a link in the
   * profile, each in the languages most written on social media (Turkish, Polish, Romanian, Dutch,
   * Greek, Russian, Ukrainian, Arabic, Persian, Hindi, Indonesian, Vietnamese, Thai, Tagalog, Swahili,
   * Korean, Japanese, Chinese, and the Romance and Germanic ones). English is left to the lists: the
   * only English words here reach out ("inbox", the messengers' names), and reaching out alone is no
   * pitch, so an English comment is not read this way.
   */
  private static final Map<String, Phrases> KINDS_ELSEWHERE = kinds(
      "earnings", "(?<![\\p{L}\\p{N}/.])(?:دخل إضافي|دخل|kiếm thêm|доход\\p{L}*|заробіток|vydělávej|vydělej|vydělat|vydělávat|výdělek|zarábaj|keress|pénzt keress|আয় করুন|کمائیں|کمائی|להרוויח|jana pendapatan|pendapatan|gan(?:a|ar|e|ás|á)|ganhe|ganhar|gagne[rz]?|verdien(?:e|en|t)?|guadagn\\p{L}*|zarabia\\p{L}*|zar[oó]b\\p{L}*|c[aâ]știg\\p{L}*|castig\\p{L}*|kazan\\p{L}*|"
          + "заработ\\p{L}*|зарабат\\p{L}*|заробі\\p{L}*|заробля\\p{L}*|κέρδισε|κερδίστε|κερδίζ\\p{L}*|اربح|إربح|ارباح|أرباح|کسب درآمد|درآمد|कमाएं|कमाएँ|कमाओ|कमाई|कमाये|"
          + "kiếm (?:tiền|\\d)|thu nhập|kumita|jipatie|pata pesa|penghasilan|cuan|dapatkan uang)(?![\\p{L}\\p{N}])|รายได้|หาเงิน|부업|수익|벌기|벌어|稼げ|稼ぐ|月収|日給|副業|赚钱|賺錢|日赚|月入|兼职|副业",
      "from home", "(?<![\\p{L}\\p{N}/.])(?:evde|في البيت|في المنزل|z domova|otthonról|nasa bahay|удал[её]нн\\p{L}* работ\\p{L}*|віддален\\p{L}* робот\\p{L}*|ঘরে বসে|বাসায় বসে|گھر بیٹھے|מהבית|desde (?:tu |su |la )?casa|(?:de|em) casa|depuis (?:chez )?(?:vous|toi|la maison)|de chez (?:vous|toi)|à domicile|von zu ?hause|von daheim|"
          + "da casa|vanuit huis|z domu|de acas[aă]|evden|на дому|из дома|не выходя из дома|з дому|από το σπίτι|απο το σπιτι|من البيت|من المنزل|در خانه|از خانه|"
          + "घर बैठे|ghar baithe|dari rumah|tại nhà|ở nhà|sa bahay|nyumbani)(?![\\p{L}\\p{N}])|ที่บ้าน|อยู่บ้าน|재택|在宅|自宅で|在家",
      "a day", "(?<![\\p{L}\\p{N}/.])(?:ayda|denně|za den|na den|naponta|napi|per nap|щодня|দৈনিক|প্রতিদিন|روزانہ|ליום|al día|por día|a la semana|al mes|por dia|ao dia|por semana|por m[eê]s|par jour|par semaine|par mois|am tag|pro tag|pro woche|pro monat|"
          + "al giorno|a settimana|al mese|per dag|per maand|dziennie|tygodniowo|miesięcznie|na dzień|pe zi|pe săptămână|pe lună|günde|haftada|günlük|aylık|"
          + "в день|в неделю|в месяц|ежедневно|на день|την ημέρα|τη μέρα|την εβδομάδα|τον μήνα|يومياً|يوميا|في اليوم|شهرياً|شهريا|أسبوعياً|روزانه|ماهانه|"
          + "रोज़|रोज|प्रतिदिन|रोजाना|per hari|sehari|per minggu|per bulan|sebulan|mỗi ngày|một ngày|mỗi tháng|mỗi tuần|araw-araw|kada araw|bawat araw|"
          + "kada linggo|kwa siku|kila siku|kwa wiki|kwa mwezi)(?![\\p{L}\\p{N}])|วันละ|ต่อวัน|ต่อเดือน|เดือนละ|하루|매일|日給|毎日|每天|每月",
      "free", "(?<![\\p{L}\\p{N}/.])(?:zdarma|ingyen\\p{L}*|বিনামূল্যে|مفت|חינם|gratis|gratuit[oaes]*|gratuitement|kostenlos\\p{L}*|umsonst|bedava|ücretsiz|darmow\\p{L}*|za darmo|бесплатн\\p{L}*|безкоштовн\\p{L}*|δωρεάν|"
          + "مجان\\p{L}*|رایگان|मुफ्त|मुफ़्त|फ्री|miễn phí|libreng|bure|percuma)(?![\\p{L}\\p{N}])|ฟรี|무료|無料|免费|免費",
      "followers", "(?<![\\p{L}\\p{N}/.])(?:підписник\\p{L}*|volgers|sledující\\p{L}*|követő\\p{L}*|ফলোয়ার|עוקבים|seguidores|abonn[ée]s|takipçi\\p{L}*|obserwuj[aą]cych|obserwator\\p{L}*|urm[aă]ritori|подписчик\\p{L}*|лайк\\p{L}*|ακόλουθ\\p{L}*|"
          + "فالوور\\p{L}*|فالوئر|فولوور|متابع\\p{L}*|फॉलोअर्स|pengikut|người theo dõi|lượt thích|lượt follow|wafuasi|beğeni|polubie\\p{L}*|curtidas)(?![\\p{L}\\p{N}])|ผู้ติดตาม|팔로워|좋아요|フォロワー|いいね|粉丝|粉絲",
      "a loan", "(?<![\\p{L}\\p{N}/.])(?:půjčk\\p{L}*|pôžičk\\p{L}*|gyorshitel|kölcsön\\p{L}*|ঋণ|قرضہ|הלוואה|pr[eé]stamos?|empr[eé]stimos?|prêts?|prestit[oi]|lening|pożyczk\\p{L}*|chwilówk\\p{L}*|împrumut\\p{L}*|kredi|займ\\p{L}*|заём|позик\\p{L}*|δάνει\\p{L}*|"
          + "قرض|قروض|وام|लोन|ऋण|pinjaman|vay tiền|khoản vay|pautang|mkopo|mikopo)(?![\\p{L}\\p{N}])|เงินกู้|กู้เงิน|대출|ローン|融資|贷款|貸款",
      "no collateral", "(?<![\\p{L}\\p{N}/.])(?:bez ručitele|bez registru|bez zástavy|fedezet nélkül|kezes nélkül|بغیر ضمانت|ללא ביטחונות|sin aval|sin garant[ií]as?|sin bur[oó]|sem fiador|sem consulta|sans garantie|ohne schufa|senza garanzi[ae]|bez zabezpiecze\\p{L}*|bez bik|"
          + "fără garanți\\p{L}*|fara garantii|teminatsız|kefilsiz|без залога|без справок|без поручителей|χωρίς εγγυήσεις|بدون ضمان|بدون ضامن|بدون چک|"
          + "बिना गारंटी|tanpa jaminan|tanpa agunan|không cần thế chấp|không thế chấp|walang collateral|bila dhamana)(?![\\p{L}\\p{N}])|ไม่ต้องค้ำ|ไม่ต้องมีคนค้ำ|무담보|無担保|担保なし|无抵押|免抵押",
      "gambling", "(?<![\\p{L}\\p{N}/.])(?:kasyno|kumarhane|bahis|казино|καζίνο|كازينو|شرط ?بندی|सट्टा|judi|togel|cá cược|nhà cái|sugal|kamari)(?![\\p{L}\\p{N}])|สล็อต|บาคาร่า|แทงบอล|카지노|토토|バカラ|博彩|赌场|百家乐",
      "a giveaway", "(?<![\\p{L}\\p{N}/.])(?:sorteo|sorteio|concours|gewinnspiel|concorso|çekiliş|розыгрыш|διαγωνισμός|قرعه ?کشی|bốc thăm|pamigay|zawadi)(?![\\p{L}\\p{N}])|抽奖|抽獎|プレゼント企画",
      "a messenger", "(?<![\\p{L}\\p{N}/.])(?:whats ?app\\p{L}{0,3}|wa\\.me|telegram\\p{L}{0,3}|t\\.me|zalo|line ?id|kakao(?:talk)?|viber|wechat|inbox|zap|телеграм\\p{L}*|телег[уа]|вотсап\\p{L}*|ватсап\\p{L}*|"
          + "واتساب|واتس ?اب|الواتس\\p{L}*|تلغرام|تيليجرام|تليجرام|تلگرام|واتساپ|व्हाट्सएप|टेलीग्राम)(?![\\p{L}\\p{N}])|카톡|카카오톡|แอด ?ไลน์|ไลน์|LINEで|LINE@|微信|加微|私信|私聊",
      "write to me", "(?<![\\p{L}\\p{N}/.])(?:dm at|napiš mi|napište mi|napíšte mi|írj nekem|írjon|пишіть|напишіть|в особисті|লিখুন|মেসেজ করুন|رابطہ کریں|میسج کریں|כתבו לי|שלחו הודעה|escr[ií]beme|escr[ií]benos|cont[aá]ctame|cont[aá]ctanos|me chama|chama no|fale comigo|écris-moi|écrivez-moi|contactez-moi|contacte-moi|"
          + "schreib mir|schreiben sie mir|kontaktiere mich|scrivimi|contattami|stuur me|napisz do mnie|napisz|scrie-mi|scrieți-mi|contactează-mă|bana yaz|yaz bana|"
          + "mesaj at|пиши|пишите|напиши|напишите|в лс|в личку|στείλε μήνυμα|στείλτε μήνυμα|επικοινώνησε|راسلني|راسلنا|تواصل معي|تواصل معنا|پیام بدید|پیام بدهید|"
          + "پیام دهید|मैसेज करें|संपर्क करें|hubungi|chat admin|liên hệ|nhắn tin|i-message mo|mag-message|pm mo ako|mag-follow|i-follow|tuma ujumbe|wasiliana"
          + ")(?![\\p{L}\\p{N}])|ติดต่อ|ทักแชท|문의|연락 ?주세요|連絡ください|联系我|聯繫我",
      "a link in the profile", "(?<![\\p{L}\\p{N}/.])(?:посилання в (?:профілі|біо|шапці)|odkaz v (?:bio|profilu)|link a (?:bióban|profilomban)|বায়োতে লিংক|קישור בביו|link (?:na|en|w|în|in|στο|di|sa|ở) (?:minha |mi |mojej |meu |mijn |meiner |mein |my |moim )?(?:bio|perfil|profil\\p{L}*)|enlace en (?:mi )?(?:bio|perfil)|"
          + "lien dans (?:ma |mon )?(?:bio|profil)|profilimdeki (?:link\\p{L}*|bağlant\\p{L}*)|ссылк\\p{L}* в (?:профиле|био|шапке)|λινκ στο (?:προφίλ|bio)|"
          + "الرابط في (?:البايو|الملف)|لینک (?:در )?بیو|बायो में लिंक)(?![\\p{L}\\p{N}])|프로필 ?링크|프로필의 ?링크|プロフ(?:ィール)?の?リンク|ลิงก์ในโปรไฟล์|ลิ้งค์ในโปรไฟล์|主页链接|简介链接");
  /** What the kinds above offer (the rest set the scene or reach out). */
  private static final Set<String> OFFERS_ELSEWHERE = Set.of("earnings", "free", "followers", "a loan", "no collateral", "gambling", "a giveaway");
  private static final Set<String> REACH_ELSEWHERE = Set.of("a messenger", "write to me", "a link in the profile");

  /** A street named in words, capitalised ("Oak Ridge Rd"): with words that point at someone, their whereabouts. */
  private static final Phrases STREET = Phrases.compile("\\b(?:[A-Z][a-z]+ ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Close|Crescent|Grove|Terrace|Gardens|Mews|Square|Place)\\b");
  private static final Phrases PHONE = Phrases.compile("(?<!\\d)(?:\\+?\\d{1,3}[ .-]?)?(?:\\(\\d{3}\\)|\\d{3})[ .-]?\\d{3}[ .-]?\\d{4}(?!\\d)"
      + "|(?<![\\d$]|\\d[.,])\\d{3}[ .-]\\d{4}(?!\\d|[.,]\\d)"
      // British mobiles and landlines: "07700 900461", "+44 7700 900461" (round 77)
      + "|(?<![\\d$]|\\d[.,])(?:\\+\\d{2} ?|0)\\d{4} ?\\d{6}(?!\\d|[.,]\\d)|(?<![\\d$]|\\d[.,])0\\d{3} \\d{3} \\d{4}(?!\\d|[.,]\\d)");
  private static final Phrases ADDRESS = Phrases.compile(
      "\\b\\d{1,5} [\\p{L} ]{2,30}\\b(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|close|crescent|grove|terrace|gardens|mews|square)\\b", F);
  /**
   * Private details that need no number or street beside them: an IP address, a car and its plate,
   * a child's school, a real name, where someone's family works ("your IP is 82.14.201.77",
   * "you go to Westfield High right?").
   */
  private static final Phrases PRIVATE = Phrases.compile(
      // round 54: "the cashier Priya, 5'2, works Tuesdays at the Croydon branch, drives a red Fiesta. go say hi"
      "\\bworks (?:on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|nights|mornings|evenings|lates|the (?:\\w+ )?shift)\\b[^!?]{0,80}?"
          + "\\b(?:drives an? |go say hi|say hi|pay (?:her|him|them) a visit|you know where|lives (?:on|in|at|near)|finishes at|leaves at|walks home)"
          + "|\\b(?:drives an? |lives (?:on|in|at|near) )[^!?]{0,80}?\\bworks (?:on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|nights|mornings|evenings|lates|the (?:\\w+ )?shift)\\b"
          // "the delivery girl was fit, what's her number? she'll be hearing from me"
          + "|\\b(?:fit|hot|sexy|cute|gorgeous|peng|stunning|fine)\\b[^?]{0,40}\\b(?:what'?s|give me|send me|get me|dm me|i need|i want) (?:her|his) (?:number|address|insta|snap|socials|ig|phone)\\b"
          + "|\\b(?:she'?ll|he'?ll|she will|he will) be hearing from me\\b"
          // round 59: "your daughter is hot, how old is she?"
          + "|\\b(?:your|ur|his|her|their) (?:little |young |teenage |step)?(?:daughter|son|girl|boy|niece|nephew|kid|kids)\\b[^.!?]{0,15}?\\b(?:is|are|looks?|'s) (?:so |real |very |well )?(?:hot|sexy|fit|fine|peng|thicc|thick|bangable|doable|hot af)\\b"
          // round 58: "here's her insta and her work email, let's flood her"
          + "|\\b(?:let'?s|lets|everyone|everybody|y'?all|you lot|guys) (?:all |go )?(?:flood|spam|bombard|swarm|raid|brigade|mass[- ]report|mass[- ]message|dogpile|blow up) (?:her|his|him|them|their|this (?:guy|girl|woman|man|bitch|clown|loser)|@[\\w.]+|u/[\\w-]+)"
          // round 62: "I know Jess from the chat team drives a blue Corsa"
          + "|\\b(?:i|we) know (?:(?-i:[A-Z])\\w+|he|she|they|your \\w+)\\b[^.!?]{0,30}\\bdrives an? \\w+"
          + "|\\b(?:your|ur|his|her|their) ip(?: address)? is\\b|\\b(?:i|we) know (?:what|which) (?:car|vehicle) (?:you|u|he|she|they) drives?\\b"
          // a plate alone is a customer's report as often ("your driver, plate KX19 ABC, was on his phone"): THEIR_DETAILS reads it with menace
          + "|\\b(?:you|u|he|she|they) (?:go|goes|went) to (?-i:[A-Z][\\w']+ ){1,3}(?:High|School|Primary|Academy|College|Elementary|Middle)\\b"
          + "|\\b(?:your|ur|his|her) (?:school|kid's school|daughter's school|son's school) is (?-i:[A-Z])"
          + "|\\b(?:his|her|their|this \\w+'s|your|ur) real name is (?-i:[A-Z])"
          + "|\\b(?:his|her|their) (?:mum|mom|mother|dad|father|wife|husband|sister|brother|girlfriend|boyfriend) works? (?:at|in) (?:the )?(?-i:[A-Z])", F);
  /**
   * Hate in code words, which need no group named: the antisemitic echo around the words it marks
   * ("(((globalists)))"; fans' "(((hugs)))" and "((((BOOM))))" are not it), "13/50", "bugmen", "great replacement".
   */
  private static final Phrases CODED_HATE = Phrases.compile(
      "(?<!\\()\\(\\(\\(\\s*(?:them|they|globalists?|bankers?|media|the media|hollywood|soros|rothschilds?|zionists?|elites?|owners?|coincidence|journalists?|financiers?|neocons?|landlords?)\\s*\\)\\)\\)|\\b13 ?/ ?50\\b|\\b13 ?% ?(?:commit|do|does) 50\\b|\\bjoggers? (?:moved in|moving in|in (?:my|our|the) (?:neighbou?rhood|area|street|town))\\b"
          + "|\\bgreat replacement\\b|\\bremigration\\b|\\bwhite genocide\\b|\\b(?:globalists|immigrants|jews|muslims|foreigners|they) (?:are |r )?(?:replacing|going to replace) us\\b"
          + "|\\bslant(?:y)?[- ]?eye[ds]?\\b|\\bbugm[ae]n\\b|\\bbat soup\\b|\\btypical (?:jew|jews|paki|pakis|chink|chinks)\\b"
          + "|\\b(?:a )?(?:man|men|guy|dude) in a (?:wig|dress|skirt)\\b|\\b(?:you'll|you will|u will|u'll) (?:always|never stop being) be a (?:man|dude|guy|boy)\\b"
          + "|\\b(?:you'll|you will|u will|u'll) always be a (?:man|dude|guy|boy)\\b"
          // round 83: implicit hate ("always the same demographic committing these crimes, we all know who", "the globalists want us replaced",
          // "religion of peace my arse", "another jogger doing what they do best", "jungle noise", "a book by an indian author? bet it smells of curry")
          + "|\\b(?:always|it's always|its always|every time it's) the same (?:demographic|community|communities|people|group|religion|culture|type|sort|kind)\\b[^.!?]{0,40}?\\b(?:crimes?|stabbings?|committing|grooming|we (?:all )?know who)"
          + "|\\b(?:want|wants|trying|plan|plans|plotting|planning)(?: to)? (?:have )?(?:us|white people|whites|europeans|the natives|natives|brits|the british|christians) (?:all )?replaced\\b"
          + "|\\b(?:globalists|zionists|the jews|jews|rothschilds?|soros)(?: who| that)? (?:own|owns|control|controls|run|runs|fund|funds) (?:this|the|your|our|all the)\\b"
          + "|\\breligion of peace\\b(?:\\s*(?:my arse|my ass|lol|lmao|eh|huh|yeah right|they said|they say|apparently)|\\s*[\"\u201D]|[^.!?]{0,40}\\b(?:bomb|bombs|bomber|kill|killing|behead|terror|want us dead|stab))"
          + "|\\banother (?:day,? another )?jogger\\b|\\bjoggers? (?:doing what (?:they|he) do(?:es)? best|at it again|strikes? again)\\b|\\bjungle (?:noise|bunnies|bunny|monkeys?)\\b"
          + "|\\b(?:" + GROUP_ADJ + "|irish|scottish|welsh|scouse|scouser|gypsy|traveller|romanian|polish|albanian|jewish|catholic|hindu|sikh|pakistani|bangladeshi|nigerian|jamaican|somali|turkish|italian|french|german|american)"
          + "\\b[^.!]{0,80}?\\b(?:bet (?:it|he|she|they) (?:smells?|stinks?) (?:of|like) (?:curry|garlic|cabbage|kebab|fish)|(?:he|she|they|you|u|his|them) (?:all )?(?:smells?|stinks?|smelt|smelled) (?:of|like) curry|(?:they|you|u|and) (?:all )?(?:eat|eats) (?:bats|dogs|cats|monkeys)|"
          + "(?:probably|always|all|typically) (?:spit|spits) in (?:the|your|ur|our) food|probably (?:nicked|stole|pinched|robbed|on benefits|on the dole)|half of (?:it|them) (?:is|are) drunk)\\b"
          + "|\\b(?:gay|lesbian|trans|mixed[- ]race|interracial|same[- ]sex|two dads|two mums) (?:couples?|famil(?:y|ies)|people|characters?|kiss(?:es|ing)?|relationships?|parents)\\b[^.!]{0,40}?"
          + "\\b(?:disgusting|sick|grim|vile|gross|unnatural|think of the (?:children|kids)|shoved down our throats|rammed down our throats|groom(?:ing)? (?:our )?(?:kids|children))"
          + "|\\btypical (?:scouser|scouse|pikey|gypsy|gyppo|traveller|immigrant|foreigner|muslim|romanian|albanian|nigerian)\\b[^.!?]{0,30}\\b(?:nicked|stole|robbed|robbing|thieving|scrounging|drunk|benefits)\\b", F);
  /**
   * Someone else's private details named as theirs (round 79): "your wife's number", "his work email", "her real
   * name", "your car reg", "your kids go to", "your dad's business page". A customer's own ("my number is ...")
   * or the business's ("your number is 0800 ...", "your driver's plate was ...") count only beside menace below.
   */
  private static final Phrases THEIR_DETAILS = Phrases.compile(
      // said to "you", a detail a business has too ("your address", "your number", "your email") needs a word that makes it a person's
      "\\b(?:your|ur) (?:home|real|personal|private|full|mobile|cell|work|wife's|husband's|mum's|mom's|dad's|mother's|father's|sister's|brother's|kids'|son's|daughter's|"
          + "girlfriend's|boyfriend's|partner's|family's|parents'|employer's|boss's) (?:phone |mobile |cell |email |e-mail )?(?:address|(?:phone )?number|email|e-mail|name|workplace|instagram|insta|facebook|tiktok|snapchat|snap|linkedin|business page)\\b"
          + "|\\b(?:your|ur) (?:real name|full name|workplace|car reg|reg|registration|licen[cs]e plate|number plate|snapchat|snap|linkedin|dms|nudes)\\b"
          + "|(?:\\b(?:his|her|their)(?: (?:wife|husband|mum|mom|dad|mother|father|sister|brother|kids?|son|daughter|girlfriend|boyfriend|partner|family|parents|employer|boss)'?s)?|(?<![\\w@])@[\\w.]+'s) "
          + "(?:home |real |work |personal |private |full |mobile |phone |cell |email |e-mail )?"
          + "(?:address|(?:phone |mobile |cell )?number|email|e-mail|real name|full name|name|workplace|car reg|reg|registration|licen[cs]e plate|number plate|"
          + "snapchat|snap|instagram|insta|facebook|linkedin|tiktok|business page|dms|nudes)\\b"
          + "|\\b(?:your|ur|his|her|their) (?:kids|children|son|daughter|wife|husband|mum|mom|dad|mother|father) (?:go|goes|work|works) (?:to|at) (?-i:[A-Z])"
          + "|\\b(?:i|we) (?:have|got|'ve got|know|found) (?:your|ur|his|her|their) (?:home |real |work )?(?:address|number|workplace|employer|school|car|plate|reg)\\b"
          + "|\\b(?:i|we) know (?:where )?(?:you|u|he|she|they) (?:live|lives|work|works) (?:on|at|in) (?-i:[A-Z])"
          + "|\\b(?:you|u|he|she|they) (?:live|lives) (?:at|on) (?:\\d+ )?(?-i:[A-Z])\\w+ (?-i:[A-Z])"
          + "|\\b(?:your|ur|his|her|their|this \\w+'s) (?:[\\w']+ )?(?:number|address|email|details|dox|info)\\b[^.!?]{0,30}\\b(?:for anyone|for everyone|in the replies|below|here)\\b"
          + "|\\b(?:dropping|posting|leaking|sharing) (?:@[\\w.]+'s|this \\w+'s|his|her|their) (?:home |real |work |phone )?(?:address|number|email|details|phone number|info)\\b"
          // round 80: a relative's or one's own places and hours ("your brother works at the Ford garage on King St", "your daughter's dance
          // class finishes at 5", "your wife's salon is on Church Road", "I know your gym schedule", "your old address and your new one")
          + "|\\b(?:your|ur|his|her|their) (?:wife|husband|mum|mom|dad|mother|father|sister|brother|son|daughter|girlfriend|boyfriend|partner|parents) works? (?:at|in)\\b"
          + "|\\b(?:your|ur|his|her|their) (?:wife|husband|mum|mom|dad|mother|father|sister|brother|kid|son|daughter|girlfriend|boyfriend|partner)'s "
          + "(?:[\\w-]+ ){0,2}(?:salon|shop|business|office|school|class|nursery|club|practice|landline|house|home|flat|car)\\b"
          + "|\\b(?:your|ur|his|her) (?:daily )?(?:routine|route home|route to work)\\b"
          + "|\\b(?:your|ur|his|her|their) (?:old|new|current|home|work|parents'?|mum's|mom's|po) (?:address|box|landline|number)\\b|\\b(?:your|ur) po box\\b"
          + "|\\b(?:your|ur|his|her) (?:full name|real name|surname|maiden name) and (?:town|address|workplace|school|city)\\b|\\b(?:here's|here is) (?:her|his|their) full name\\b"
          + "|\\b(?:emailing|calling|ringing|messaging|contacting|writing to) (?:your|ur|his|her|their) (?:employer|hr|school|parents|wife|husband|mum|mom|dad|family)\\b"
          + "|\\blet'?s see what (?:your|ur|his|her) (?:school|boss|employer|work|workplace|parents|mum|mom|dad|wife|husband|family|church|university|uni|college) (?:thinks?|says?|has to say)\\b"
          + "|\\b(?:you're|youre|you are|ur) at (?-i:[A-Z])\\w+ (?:on|in) (?-i:[A-Z])\\w+(?: \\w+)? right now|\\bsaw (?:you|u) (?:on|at|in) the (?:\\d+ )?(?:bus|train|tube|gym|shop|park)\\b", F);
  /** What is threatened or invited with someone's details: exposure, a visit, calls, people told. */
  private static final Phrases DETAIL_MENACE = Phrases.compile(
      "\\b(?:spread (?:it|this|the word)|let (?:her|him|them|your \\w+|his \\w+|her \\w+) know|(?:not afraid|going|gonna) to use it|sleep (?:well|tight)|"
          + "see (?:you|u|ya) (?:soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|there|around)|go get (?:her|him|them)|choose wisely|small world|"
          + "for anyone (?:who wants|that wants)|(?:everyone|everybody|y'?all|you lot) (?:add|call|ring|text|message|email|report|dm|visit|tell)|"
          + "give (?:her|him|them) a (?:ring|call|bell|visit)|come round|pay (?:you |her |him |them )?a visit|how (?:his|her|their|your) (?:customers|boss|family|wife|husband|kids) (?:feel|will feel|would feel)|"
          + "should know what|(?:i'll|i will|i'm gonna|im gonna|i am going to) (?:let|tell|inform|email|call|message) (?:your|ur|his|her|their)|dropping|posting|leaking|act tough|"
          + "saw it parked|on my dashcam|nice house|nice car|hobby|would love to see|he'll love|she'll love|they'll love|don't think i won't|wouldn't want|shame if|"
          + "pop in|have a (?:word|chat)|come and (?:watch|see|visit)|expect visitors|enjoy (?:monday|tomorrow|work|school)|(?:they|he|she)'ll hear|hear about this|won't help (?:you|u)|"
          + "i have (?:all of )?it|(?:i|we) (?:have|got) (?:all|everything)|you looked (?:scared|nervous|worried)|for the people asking|took me \\d+|"
          + "be a shame|moving won't|delete (?:your|ur) (?:post|account|tweet)|"
          + "tell (?:him|her|them) (?:what|he's|she's|they're)|go tell|the blue door|the red door|the green door|the white door|the black door|don't they|doesn't she|doesn't he|isn't it)\\b", F);
  /** Menace beside a bare address, whose owner is not named as such: an event's "see you there" is no menace. */
  private static final Phrases ADDRESS_MENACE = Phrases.compile(
      "\\b(?:spread (?:it|this|the word)|sleep (?:well|tight)|go get (?:her|him|them)|for anyone (?:who wants|that wants)|if anyone wants|"
          + "(?:everyone|everybody|y'?all|you lot) (?:call|ring|text|message|visit|tell)|come round|pay (?:you |her |him |them )?a visit|act tough|go tell|"
          + "the (?:blue|red|green|white|black|yellow) door|harassed|don't think i won't|"
          // round 83: "this journalist lives at 14 Harrow Road, go and tell her what you think"
          + "go and (?:tell|see|visit|find) (?:her|him|them)|tell (?:her|him|them) what (?:you|u|we|y'?all) think)\\b", F);
  private static final Phrases EMAIL = Phrases.compile("\\b[\\w.+-]+@[\\w-]+\\.(?:[\\w-]+\\.)*[a-z]{2,}\\b", F);
  private static final Phrases POSTCODE = Phrases.compile("\\b(?-i:[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})\\b");
  /** The writer's own details, given to be helped ("my number is ...", "my address is ..."). */
  private static final Phrases OWN_DETAILS = Phrases.compile("\\b(?:my|our) (?:home |new |old |delivery |billing |correct )?(?:address|number|phone number|mobile|email|postcode|zip|reg|plate)\\b"
      // round 82: a relative's details given to be helped ("my mum's name is Margaret Wood, DOB 02/05/1948, she's been locked out")
      + "|\\b(?:my|our) (?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|husband|wife|son|daughter|partner|kid|child|brother|sister)'?s "
      + "(?:home |new |old |full |real )?(?:address|number|phone number|mobile|email|postcode|name|dob|date of birth|account)\\b"
      + "|\\b(?:i|we) (?:live|am|'m|are|'re) (?:at|on) (?:number )?\\d|\\b(?:deliver(?:ed)?|sent|send|ship(?:ped)?) (?:it )?to (?:number )?\\d|\\bcall me (?:back )?(?:on|at)\\b", F);
  /**
   * A third person's identifying details in any wording (round 82): a name given ("his name is Daniel Price", "is called Jodie Marsh"),
   * a workplace ("works nights at the Amazon warehouse", "she's a nurse at Royal Derby Hospital"), a home ("lives on Oak Avenue",
   * "that's where she lives", map coordinates), a school run, a car, a date of birth, a profile ("her insta is @...").
   */
  private static final Phrases DOX_DETAIL = Phrases.compile(
      "\\b(?:his|her|their) (?:real |full |first |last |sur)?name(?:'s| is| was)? (?-i:[A-Z])|\\b(?:is|'s) called (?-i:[A-Z])\\w+ (?-i:[A-Z])"
          + "|\\bworks? (?:nights |days |lates |weekends |mornings |evenings |shifts |part[- ]time |full[- ]time )?(?:at|in|for) (?:the )?(?-i:[A-Z])"
          + "|\\b(?:he|she|they)(?:'s| is| are) an? (?:\\w+ ){0,2}(?:at|in|for) (?:the )?(?-i:[A-Z])\\w+"
          + "|\\b(?:he|she|they|this \\w+|that \\w+) (?:lives?|stays?|sleeps?) (?:on|at|in|near|round|by) (?:the )?(?-i:[A-Z])|\\bwhere (?:he|she|they|this \\w+) (?:lives|sleeps|stays|parks|works)\\b"
          + "|-?\\b\\d{1,3}\\.\\d{3,}, ?-?\\d{1,3}\\.\\d{3,}\\b|\\bdrop(?:ped|ping)? a pin\\b"
          + "|\\b(?:his|her|their) (?:kids|children|son|daughter|little \\w+) (?:go|goes) to\\b|\\bpick ?-?up (?:is |time is )?(?:at )?\\d|\\bschool run\\b"
          + "|\\b(?:his|her|their) (?:car|van|motor|bike)(?:'s| is) (?:an? |the )\\w+|\\bparks? (?:at|on|outside|behind|by) (?:the )?(?:\\w+ )?(?-i:[A-Z])"
          + "|\\b(?:dob|d\\.o\\.b\\.?|date of birth|born on)\\b|\\b(?:his|her|their|the \\w+'s) (?:insta|instagram|facebook|fb|tiktok|snap|snapchat|linkedin|twitter|onlyfans)"
          + "(?: is| account is| handle is| page is|:) ?(?:@|(?-i:[A-Z]))|\\b(?:here's|here is|found) (?:his|her|their|the \\w+'s) (?:\\w+ )?(?:insta|instagram|facebook|fb|tiktok|snap|linkedin|profile|info|details|address|number|phone)\\b"
          + "|\\b(?:real|personal|private) (?:info|details|information)\\b|\\b(?:home|house|landline) (?:phone|number)\\b"
          + "|\\b(?:i|we) know (?:your|ur|his|her|their) (?:new |old |home |current )?(?:address|house|flat|place)\\b", F);
  /** A call to act on a person whose details are given: find them, tell them, report them, visit them ("you know what to do", "go find him"). */
  private static final Phrases DOX_CALL = Phrases.compile(
      "\\b(?:you know what to do|do (?:your|ur) thing|go (?:find|get|visit|see|say hi to|tell|off|wild|crazy|nuts|ham|have fun)|have fun|"
          + "(?:tag|message|call|ring|text|email|e-mail|report|add|visit|flood|spam|contact|find|dm) (?:her|him|them|his \\w+|her \\w+|their \\w+)(?: (?:everywhere|all|now|at \\d|and|up|boss))?|"
          + "(?:everyone|everybody|y'?all|you lot|guys|people) (?:go |pls |please )?(?:report|message|call|ring|text|email|tag|add|visit|tell|find)|"
          + "let'?s (?:all )?(?:email|call|ring|message|report|tell|visit|find|contact|expose)|anyone (?:who|that) wants (?:a word|a chat|to (?:have|give|tell|teach|find|visit|call|message))|whoever wants (?:a word|to)|"
          + "leaving (?:this|it) (?:here|there)|just saying|(?:posting|sharing|leaking|dropping|exposing) (?:the|this|his|her|their) (?:\\w+'s )?(?:real )?(?:info|details|address|number|identity)|"
          + "moving (?:didn't|didnt|won't|wont|doesn't|doesnt|did not|will not) (?:help|save)|tell (?:him|her|them) what (?:you|u|we) think|what (?:you|u) think of (?:him|her|them)|"
          + "be a shame|teach (?:him|her|them|@\\w+) a lesson|make (?:her|him|them) (?:famous|viral|internet famous|go viral)|send (?:it|this|them) to the papers|(?:flood|spam|bombard) (?:her|his|their|\\w+'s) (?:instagram|insta|facebook|fb|tiktok|twitter|dms|inbox|page|comments|account|phone)|go (?:and )?(?:give|send) (?:her|him|them)|give (?:her|him|them) (?:some |loads of |a load of |all the )?(?:abuse|grief|hell|stick|shit|earful|what for)|have at (?:it|her|him|them)|wants? a word with|go off|make (?:his|her|their) life|that'?s where (?:he|she|they) (?:lives?|sleeps?|stays?))\\b", F);
  private static final Phrases DOX_CONTEXT = Phrases.compile(
      "\\b(?:(?:his|her|their|this guy's|this girl's) (?:home |real |phone |cell )?(?:address|number|phone|workplace|school|instagram|facebook)|"
          + "(?:he|she|they) lives? (?:at|on|in)|where (?:\\w+ ){1,5}?(?:lives|works|sleeps)|(?:he|she|they) works? at|call (?:him|her|them)|let (?:him|her|them) know|text (?:him|her|them)|"
          + "pay (?:him|her|them) a visit|go (?:visit|find) (?:him|her|them)|enjoy the visitors?|expect (?:some )?(?:visitors|company)|expect (?:some |a few |lots of |more )?(?:calls|phone calls|texts|a call|a visit)(?: all (?:night|day|week))?|"
          + "here(?:'s| is) (?:his|her|their)|(?:i'm|i am|im) (?:going to|gonna) use it|see (?:you|u) soon|"
          // round 82: "leaving this here for anyone who wants a word with her: ...@gmail.com"
          + "leaving (?:this|it) here|for anyone (?:who|that) wants|anyone (?:who|that) wants a (?:word|chat)|whoever wants (?:a word|to)|you know what to do|"
          // round 60: "Darren Hughes from Maple Close is a wife beater, share this so everyone knows"
          + "share (?:this|it) so (?:everyone|everybody|people|the whole \\w+) (?:knows?|can see|sees)|"
          // round 61: "found the streamer's house on google maps lmao, 24 Oak Lane, who's going"
          + "found (?:the \\w+'s|his|her|their|this \\w+'s|(?-i:[A-Z])\\w+'s) (?:house|home|address|flat|apartment|place)|(?:on|via|using) google (?:maps|earth|street ?view)|who'?s (?:going|coming|down|in)\\W*$|(?:is|'s) an? (?:known |convicted |serial |violent )?(?:wife|woman|child|kid) ?beater|(?:is|'s) an? (?:nonce|paedo|pedo|rapist|groomer))\\b", F);

  // --- spam, scams and follower farming
  /** Pitches that are spam on their own. */
  private static final Phrases PITCH = Phrases.compile(
      "\\b(?:(?:giveaway|giving away).{0,60}\\b(?:follow (?:us|me|@|our)|rt\\b|retweet|tag (?:\\w+ )?friends|like (?:and|&|,) (?:share|follow|rt)|to enter|comment \"\\w+\")|"
          + "(?:follow|rt|retweet|like|share|tag \\w+ friends)[^.!?]{0,30}\\b(?:to (?:win|enter)|giveaway)|(?<!\\bmy |\\bour |promised (?:me |us )?(?:a |an |the )?|offered (?:me |us )?(?:a |an |the )?|supposed to (?:get|receive) (?:a |an |the |my )?)free (?:\\$?[\\d,.]+k? )?(?:followers|likes|robux|v-?bucks|netflix|gift ?cards?|iphone)|free \\$?[\\d,.]+k? (?:coins|gems|diamonds|credits|spins|vouchers?)|(?:buy|cheap|get|real|instant) (?:\\w+ )?(?:followers|likes|views|subscribers|subs|watch ?hours)|"
          // marketplace and advance-fee scams
          + "send (?:me|us) (?:the|that) code (?:you|u) (?:get|got|receive|received)|see who (?:viewed|visited|views|visits|stalks|stalked|checked|looked at|screenshots?) (?:your|ur) (?:profile|page|account|pics|photos|stories|story)|send (?:me )?your (?:email|e-mail|number)\\b[^.!?]{0,30}\\bpay (?:you )?(?:via|with|through|by) (?:paypal|zelle|cash ?app|venmo)|"
          + "late (?:husband|father|wife)'s (?:funds|fortune|estate|inheritance|gold)|transfer (?:my |the )?(?:late \\w+'s )?(?:funds|inheritance|fortune)|next of kin|"
          + "(?:receive|reship|forward)(?: and (?:reship|forward|repackage))? (?:packages|parcels)\\b[^.!?]{0,30}(?:\\$\\d+|paid|per (?:package|parcel))|send (?:me )?back the difference|cashier'?s che(?:ck|que) for more|"
          + "dm (?:me )?for (?:the |my )?(?:price ?list|prices|catalog(?:ue)?|rates|menu)|"
          // round 56: "we are a UGC creator agency, can we send you our portfolio?", "DM me to learn how"
          + "(?:we are|we're) an? (?:[\\w-]+ ){0,3}(?:agency|studio|manufacturer|factory|supplier|marketing company|team)\\b[^.!?]{0,60}?\\b(?:send you|our portfolio|our rates|our services|a proposal|a quote)|"
          + "can (?:we|i) send (?:you )?(?:our|my) (?:portfolio|proposal|rates|rate card|catalog(?:ue)?|deck|media kit)|(?:dm|message|inbox|text|pm) me to (?:learn|find out|know|see) (?:how|more)\\b|"
          // round 55: "I can recover your deleted Instagram account within 24hrs"; "2 for 1 ... this weekend only, order at tonyspizza.com"
          + "(?:i|we) can (?:help (?:you )?)?(?:recover|restore|unlock|get back|retrieve|hack) (?:your|any|all|hacked|deleted|disabled|lost|suspended)\\b|"
          + "(?:this (?:weekend|week|month)|today|tonight|24 hours) only\\b[^!?]{0,60}?\\b(?:order|shop|buy|book|visit)\\b[^!?]{0,12}?\\b[\\w-]+\\.(?:com|co|net|shop|store|io|org|info|uk|biz)\\b|"
          // round 53: "Dm me for cheap flights, I can get you 60% off any airline"; "hi dear ... wanted to be friends"
          + "(?:dm|pm|inbox|message|text|whats ?app) me for (?:cheap|discount\\w*|free|the best|\\d+% off) \\w+|\\d+% off (?:any|every|all) (?:airlines?|flights?|hotels?|brands?|stores?|orders?)|"
          + "(?:(?:hi|hello|hey) dear|i saw your (?:comment|profile|post|photo|pic|picture|smile))\\b[^!?]{0,80}?\\b(?:be (?:your )?friends?|get to know you|know you better|chat with you)|"
          + "\\$[a-z]{3,10}\\d{0,3}\\b[^.!?]{0,40}\\b(?:moon(?:ing)?|\\d+x|pump(?:ing)?|about to explode|next gem)\\b|get in (?:now|early) before it'?s too late|"
          // engagement bait: "win a PS5 by following my page and sharing this"
          + "win (?:a |an |the )?(?:free )?(?:[\\w$]+ ){0,3}?by (?:following|sharing|liking|retweeting|tagging|commenting|subscribing)|"
          // a porn bot's hint: "my pfp says it all, more in my bio"
          + "my (?:pfp|profile pic|profile picture|avi) says it all|(?:more|see more|the rest|everything|uncensored|full (?:pics|vids|videos)) (?:is )?(?:in|on) my (?:bio|profile|page)|"
          // crypto doubling: "send 0.1 and get 1 back", "Elon is giving away 5000 BTC"
          + "send (?:\\d+(?:\\.\\d+)? ?)(?:btc|eth|sol|usdt|doge|bnb)?\\b[^.!?]{0,20}\\b(?:get|receive|and get) (?:\\d+(?:\\.\\d+)?|double|2x|twice)\\b[^.!?]{0,12}\\b(?:back|in return)|"
          + "(?:elon|musk|saylor|vitalik|cz) (?:is )?giving away|"
          + "get paid (?:\\$?\\d+ )?(?:to|for) (?:write|writing|post|posting|like|liking|watch|watching|review|reviewing|test|testing|rate|rating) (?:\\w+ )?(?:reviews?|videos?|posts?|products?|apps?|ads?)|"
          + "(?:our|my) (?:\\w+ )?(?:team|agents?|experts?) recovers? (?:\\w+ )?(?:refunds|funds|money|accounts)|"
          // a lookalike helpline: "for bookings call Acme Airlines customer care 24/7 at +1-888-..."
          + "call (?:[\\w']+ ){0,4}(?:customer (?:care|service|support)|helpline|help ?line|hotline|help ?desk|reservations?) (?:\\d+/\\d+ |toll[- ]free )?(?:at |on |number )?:?\\s*\\+?\\d[\\d ().-]{8,}|"
          // round 50: "customer care helpline number 1-888-555-0142 call now ... 24/7"
          + "(?:customer (?:care|service|support)|helpline|help ?line|hotline|help ?desk|reservations?)(?: phone| toll[- ]free)?(?: number| no\\.?| #)?\\s*:?\\s*\\+?\\d[\\d ().-]{8,}[^.!?]{0,12}?\\b(?:call (?:now|today|us)|24/7|24x7|24 hours|toll[- ]free)|"
          // round 50: a ticket tout's "paypal friends and family only, DM me"
          + "(?:paypal |pp )?(?:f&f|friends (?:and|&) family) only|(?:via|through|on|by) (?:paypal|pp) (?:f&f|friends (?:and|&) family)|"
          // a romance scam's opener: "hey dear, I like your profile, can we be friends? reply me on hangouts"
          + "(?:i like|i love|i saw|nice|lovely) (?:your|ur) profile\\b[^.!?]{0,40}[.!?,]?\\s*(?:can we|could we|let's|lets|wanna|want to|would you like to) (?:be friends|chat|talk|connect|get to know)|"
          + "reply me (?:on|via|at) (?:hangouts?|google chat|kik|wechat|line|skype|telegram)|"
          + "followers (?:and|&) likes|likes (?:and|&) followers|follow (?:for|4) follow|f4f|follow ?back(?!,? so (?:that )?(?:i|we) can (?:dm|message|send|pm|contact|inbox|private message))|sub ?(?:for|4) ?sub|s4s|(?:subscribe|sub) back|teamfollowback|link in (?:my )?bio|"
          // round 81: "new video just dropped, uncensored version on my fansly", "wanna see more of me? check the highlights"
          // round 82: "Barely legal teens waiting for you, free access: hotcams.xyz", "I lost 15kg using this keto gummy, Dragons Den backed it!"
          + "barely legal|(?:hot |live |sexy |free |naughty )?(?:girls|teens|milfs|singles|babes|cams?) (?:are )?waiting for (?:you|u)|free (?:access|entry|cams|live cams|sex ?cams)\\b[^.!?]{0,20}(?:https?://|www\\.|\\.(?:xyz|live|club|site|online|shop|io|co)\\b)|"
          + "keto (?:gumm(?:y|ies)|pills|diet pills|burn|blast)|(?:dragons'? den|shark tank) (?:backed|approved|invested|star|deal)|"
          + "(?:on|in|check|see|join) my (?:fansly|fanvue|loyalfans|manyvids|justforfans)\\b|uncensored (?:version|pics|vids|videos|content|photos|clips)|(?:see|wanna see|want to see) (?:more of me|all of me)|"
          + "looking for (?:fun|a good time|some fun|something casual)\\b[^!?]{0,40}\\b(?:text|dm|message|snap|kik|add|email|write) me|"
          + "onlyfans|hot singles|too (?:hot|spicy|explicit|nsfw|naughty) for (?:youtube|yt|here|instagram|insta|ig|tiktok|facebook|fb|this app)|sugar (?:daddy|mommy|baby)|18\\+ only|private pics|nudes|"
          + "(?:earn|make|made|earned|making) [$£€]?[\\d,.]+k?[$£€]? (?:a|per|every|in|this|last|from|weekly|daily|within)|(?:earn|make) money (?:online|fast|from home)|passive income|"
          // a customer who works from home says so about an outage ("I work from home and I'm losing money", 2026-12-03)
          + "(?:earn|make money|(?<!\\bi |\\bwe |\\bi'm |\\bim |\\bi am |\\bwe're |\\bwe are |\\bwho |\\bthat )work(?:ing)?) from home|(?:double|multiply) your (?:bitcoin|btc|crypto|money|investment)|"
          + "follow (?:you|u) back|follow ?train|gain ?followers|follow ?(?:4|for) ?follow|like ?(?:4|for) ?like|l4l|"
          + "inheritance|next of kin|(?:widow|orphan|diplomat|barrister|prince)\\b.{0,60}\\bmillion|modded|mod apk|cracked (?:apk|version)|"
          + "(?:premium|pro|vip) (?:\\w+ )?for free|free premium|funds? recovery|recover(?:ed|y)? (?:\\w+ )?(?:funds|\\$[\\d,.]+k?|money|crypto|bitcoin)|helped (?:me|us) (?:to )?recover (?:\\w+ ){0,2}(?:funds|money|crypto|bitcoin|savings)|(?:recommend|thanks to|reach out to|contact|shout ?out to) @\\w+[^.!?]{0,60}\\b(?:helped|recover\\w*|earn\\w*|profits?|invest\\w*|trading|funds)\\b|"
          + "(?:6|six|7|seven|multiple) figures|contact (?:my|this|the|our) (?:guy|man|woman|lady|friend|person|hacker|expert|agent) (?:on|at|via) (?:telegram|whats ?app|ig|insta|instagram|snap(?:chat)?|signal)|quit (?:my|your|their) (?:9-5|9 to 5|nine to five|day job)|(?:dm|message|text|comment|inbox) me [\"'\\u201c\\u2018]\\w+[\"'\\u201d\\u2019]|"
          + "fake (?:trading|investment) (?:site|platform)|(?:did not|didn't|not) authori[sz]e.{0,80}\\bcall|side hustle|ask me how|"
          + "binary options|turned (?:my |our |his |her |a )?[$£€][\\d,.]+k? into [$£€][\\d,.]+k?|(?:doubled|tripled|quadrupled|10x'?e?d) (?:my|our|his|her) (?:money|investment|savings|capital|portfolio|btc|bitcoin|crypto|eth)\\b[^.!?]{0,40}\\b(?:with|thanks to|through|using|via) @\\w+|my (?:mentor|account manager|broker|trading coach)|(?:forex|crypto|trading|bitcoin) (?:signals|mining|masterclass|account manager|expert|investment)|airdrop|connect your wallet|"
          + "(?:\\d+%|\\d+x) (?:returns?|profit|win rate)|returns? guaranteed|guaranteed (?:returns?|profit|income)|"
          + "claim your (?:prize|reward|gift|tokens|free)|(?<!\\bto |n't |\\bnot )claim the (?:prize|reward|gift|tokens|free)|you(?:'ve| have) (?:been selected|been chosen|won)|congratulations[,!]? (?:winner|you)|"
          + "cash ?app (?:flip|giveaway)|account manager @|(?<!\\b(?:how (?:do|can|should|would) (?:i|we) |how to |need to |want to |able to |trying to |tried to |(?:can|could) (?:i|we|you) |way to |get you to |i can |i need to |i want to ))contact (?:him|her|our hacker|hacker)|hacker ?pro|recover (?:your )?hacked account|"
          + "unlock any account|change grades|blue tick|get verified on|replicas?\\b|brand ambassadors?|paid promotion|promo(?:tion)? collab|go viral|"
          + "no survey|bad credit|lose weight without|weird trick|one (?:simple|weird|easy|little) trick|doctors hate|"
          + "(?:bitcoin|btc|crypto|money|cash|eth) doubl(?:er|ing)|send (?:\\S+ ){0,2}(?:btc|bitcoin|eth|usdt|crypto)\\b.{0,50}\\b(?:receive|get (?:\\S+ )?back|double)|"
          + "i am (?:a |an )?(?:us |u\\.s\\. |american )?(?:army|military|marine|navy|un|united nations) (?:doctor|general|officer|surgeon|captain|nurse|engineer)|"
          + "(?:want|like) to be your (?:friend|lover|girlfriend|boyfriend)|"
          + "verified badge|get (?:you |your (?:account|page) )?verified (?:in|within|fast|today)|(?:telegram|whatsapp|discord) (?:group|channel) for (?:\\w+ )?(?:tips|signals|gains|profits)|"
          + "(?:unlimited|lifetime) (?:\\w+ )?premium|premium (?:\\w+ )?free|free (?:lifetime|unlimited) (?:\\w+ )?(?:account|access|subscription)|tired of being single|"
          + "(?:verify|confirm|update|restore) (?:your )?(?:identity|account|shipping details|payment details|billing|access)(?: within| or| here| now|:)|"
          + "your (?:\\w+ )?(?:account|card) (?:is|has been|was|will be) (?:locked|suspended|flagged|closed).{0,60}(?:log ?in|verify|click|restore|confirm)|"
          + "(?:dm|contact|message|reach|reach out to|write to|text|call) our (?:official )?(?:whats ?app |telegram |signal )?(?:help ?desk|helpline|support|customer (?:care|service|support)|claims?|refunds?)|"
          // round 85: "kindly message our WhatsApp agent on +44 7700 900312", with the number (a customer relays "message our WhatsApp number")
          + "(?:dm|contact|message|reach|reach out to|write to|text|call) our (?:whats ?app|telegram|signal) (?:agents?|team|reps?|advis[eo]rs?|desk|number|line)\\b[^.!?]{0,12}?(?:\\+ ?\\d|\\d{3}|wa\\.me|t\\.me)|"
          + "(?:dm|contact|message|reach out to|write to|text|call) (?:the )?official (?:help ?desk|support|customer)|kindly (?:fill|click|visit)\\b|"
          + "dear (?:customer|user|valued customer|client)\\b.{0,120}(?:https?://|bit\\.ly|www\\.|\\.com\\b|\\bform\\b)|"
          // a customer's "my number is in my profile" asks to be called back (round 44)
          + "(?:telegram|whats ?app|discord|snap(?:chat)?|(?<!my )(?:contact|info|details|number)|portfolio|prices?|catalog(?:ue)?|guide|method|tutorial|tips|trick|steps|strategy|secret|list|course|(?:free )?e-?book|order form|form|booking link|menu) (?:is |are )?in (?:my |our |the )?(?:bio|profile|pinned(?: post| comment)?|highlights?|story|stories)|"
          + "(?:love|like|want|wanna|would like) to (?:get to )?know (?:you|u) better|"
          + "(?:just )?comment [\"'\\u201c\\u2018](?:info|yes|start|grow|money|cash|ready|link|dm|rich|profit)[\"'\\u201d\\u2019]|"
          + "(?<!\\b(?:someone|somebody|people|they|bots|scammers|accounts) (?:is |are |keeps? |been )?)(?:sell|selling|buy|buying) (?:my |our |cheap |rare )?(?:(?:fortnite|roblox|valorant|steam|genshin|pubg|cod|minecraft|league|gaming|game|netflix|spotify|disney\\+?|hbo(?: max)?|hulu|prime(?: video)?|youtube premium|crunchyroll|chatgpt(?: plus)?|canva(?: pro)?|iptv)(?:,? (?:and |& |or )?|\\s+)){1,6}(?:premium |pro |lifetime )?accounts|"
          // round 65: "$TOKEN launches on Binance tomorrow, get in early", "100x gem alert", "drop their wallet address"
          + "(?<=\\$)(?-i:[A-Z]{2,10})\\b[^.!?]{0,60}\\b(?:get in early|before it (?:moons|pumps|explodes|\\d+x)|\\d+x (?:easy|gem|potential|soon)|presale|fair ?launch|stealth launch|lp (?:is )?locked|pump incoming)|"
          + "\\d+x gem|gem alert|pump incoming|lp (?:is )?locked|liquidity (?:is )?locked|get in before the whales|contract:? 0x[0-9a-f]{4,}|"
          + "drop (?:your|their|ur) (?:wallet|eth|btc|sol|crypto|metamask) (?:address|addy|addresses)|"
          // round 62: "you've been shortlisted for a role at Amazon, send your CV to ..."; "I noticed a few SEO errors on your website, can I send you a free report?"
          + "(?:you(?:'ve| have) been|you are|you're) (?:shortlisted|selected|chosen|pre-?approved|picked) for (?:a|the|an) (?:\\w+ )?(?:role|job|position|interview|internship)|"
          + "(?:can|may|shall|could) (?:i|we) send (?:you|u) (?:a|our|my) (?:free |quick |short )?(?:seo |site |website )?(?:report|audit|proposal|mockup|analysis)|"
          // round 61: "can you vote for me in this tournament? vote-tourney.gg/acct/4412"
          + "vote for (?:me|my (?:team|entry|picture|photo|design|kid|son|daughter))\\b[^!]{0,60}?(?:https?://|\\b[\\w-]+\\.(?:gg|com|net|xyz|io|me|org|co|site|online|link)/\\S*)|"
          // round 59: "100% legit, got my Jordans from @cheapsneakerz.plug"
          + "(?:got|bought|ordered|copped) (?:my|mine|the|a pair of|these|those) (?:[\\w']+ ){0,2}from @[\\w.]*(?:plug|reps|replica|cheap|kicks|supply|deals|outlet)[\\w.]*|"
          + "(?:100%|totally|fully|super|so) legit\\b[^.!?]{0,30}\\b(?:got|bought|ordered|copped) (?:my|mine|these|those)\\b[^.!?]{0,30}\\bfrom @[\\w.]+|"
          // round 57: "Essays, dissertations, online exams done by experts. DM for price"
          + "(?:essays?|assignments?|dissertations?|coursework|homework|online (?:exams?|class(?:es)?|courses?)|exams?|thes[ie]s|research papers?|lab reports?),? (?:all )?(?:(?:done|written|taken|completed) by (?:experts?|professionals?|pros?|tutors?|native writers?)|(?:done|written|taken) for you (?:by|at|within|in \\d))|"
          + "(?:share|sharing) my testimony|herbal (?:medicine|cure|remedy|doctor|treatment)|cured (?:my|me of|his|her) (?:herpes|hiv|cancer|diabetes|hepatitis|std|infertility)|"
          + "sub(?:scribe)? to me\\b|(?:going|go|goes|headed) to (?:\\d+x|the moon)\\b(?!\\s*(?:better|worse|more|bigger|greater|faster|and back))|before it (?:moons|pumps|explodes)|meme ?coin|"
          + "work (?:\\d+|one|two|a few) hours? (?:a|per) day|"
          + "my (?:profile|page|bio) has (?:what|everything|all) (?:you|u)|"
          // a brand's own care account thanked ("got my account back thanks to @AcmeSupport") is a customer's praise, not a recovery scam
          + "(?:got|recovered|retrieved) (?:back )?my (?:hacked |stolen |lost )?(?:\\w+ )?(?:account|instagram|facebook|page|funds|money|crypto|wallet)(?: back)? (?:thanks to|with the help of|through) " + NOT_CARE_HANDLE + "|"
          + "watch (?:\\S+ ){0,5}full (?:movie|episode)|your (?:page|account|profile) (?:has been|was|will be) (?:reported|flagged) for|to avoid (?:deletion|suspension|being (?:disabled|deleted|banned)|permanent)|"
          + "(?:late|deceased) (?:husband|wife|father|client|uncle|mother)\\b.{0,80}\\b(?:million|fund|transfer)|big pharma (?:is hiding|doesn't want|hates|won't tell)|"
          + "(?:smile|profile|pictures?|photos?|beauty) (?:caught|got) my (?:attention|eye)|"
          // round 29: cold outreach ("I help founders scale to $50k/month, open to a quick chat?"), an "audit" of your site,
          // recruiters and proposals that want a number, lists and licences for sale, accounts to rent, feature bait
          + "i help (?:\\w+ ){0,3}?(?:founders|businesses|brands|coaches|agencies|entrepreneurs|companies|creators|startups|professionals|realtors|"
          + "ecom(?:merce)? (?:brands|stores)|e-commerce (?:brands|stores)|store owners|business owners|consultants|b2b \\w+|saas \\w+)\\b[^.!?]{0,60}\\b(?:scale|grow|get|hit|reach|generate|"
          + "book|land|make|double|triple|10x|automate|close|add)\\b|done[- ]for[- ]you|open to a (?:quick |short |brief )?(?:chat|call|conversation)\\b|"
          + "(?:i )?came across (?:your|ur) (?:profile|page|account)|(?:you'd|you would|you'll|you will) be (?:a )?(?:great|perfect|good|ideal) fit for (?:our|my)|(?:our|my|exclusive|private|paid|business|coaching|vip|online) mastermind\\b|"
          + "(?:would|it'd|it would) mean (?:a lot|the world) (?:to me )?if (?:you|u) (?:checked|check|subbed|subscribed|followed|watched|listened|shared)\\b[^.!?]{0,20}\\b(?:out|it|my|me|channel|page)|"
          + "(?:i )?(?:ran|did|made|put together) (?:a |an )?(?:quick |free |short )?(?:audit|analysis) (?:of|on|for) (?:your|ur)|(?:i )?(?:ran|did) a (?:quick |free )?audit|"
          + "(?:your|ur) (?:website|site|page|store|shop|business|channel) could be (?:getting|making|ranking|earning|converting|doing)|"
          + "i (?:can|will|'ll) (?:fix|remove|solve|clean) (?:all |any )?(?:the )?(?:errors|bugs|issues|malware|viruses)\\b[^.!?]{0,20}\\b(?:in|on|from) (?:your|ur) (?:wordpress|shopify|wix|website|site|store|app|page)|"
          + "(?:giving away|give away) (?:free )?(?:[\\w$]+ ){0,3}to the first \\d+|first \\d+ (?:signups|sign-ups|people to sign up|to sign up)|"
          + "(?:business|investment|lucrative|confidential) (?:proposal|opportunity|deal) (?:worth|of) (?:us)?\\$?[\\d.,]+ ?(?:million|m|billion|bn)?|business proposal for (?:you|u)|"
          + "confidential (?:opportunity|position|role|job offer)|reply (?:with|me) (?:your|ur) (?:phone |whatsapp |mobile |cell )?(?:number|email|cv|resume)|"
          + "(?:email|e-mail|sms|leads?|contact|phone|mailing|b2b) lists? (?:for sale|available)|bulk (?:sms|emails?|messages|whatsapp)|\\d+ ?(?:million|k|m) verified (?:contacts|leads|emails)|"
          + "(?:fully )?verified (?:\\w+ ){0,3}accounts? (?:for sale|available|in stock)|fully verified\\W{0,3}(?:message|dm|inbox|text) me|"
          + "(?:anyone|who) (?:need|needs|want|wants) (?:an? )?(?:\\w+ ){1,4}(?:account|acc)s?\\b[^.!?]{0,10}\\W{0,3}(?:fully )?verified|"
          + "lifetime licen[cs]es?|(?:selling|sell) (?:\\w+ ){0,4}licen[cs]es? for|"
          + "(?:want|wanna|like) to (?:be|get) featured|#\\w*feature\\w*|tag #\\w+ (?:to|for) (?:a |the )?(?:feature|shoutout|chance)|"
          + "check (?:out )?my (?:latest |new )?(?:short|shorts|vlog|clip|stream|tiktok|tiktoks)\\b|(?:you|u) won'?t believe what happens|"
          // round 30: pets for a delivery fee, loans for anyone, game-currency generators, "reach" restored, maps rankings
          + "(?:puppies|kittens|puppy|kitten|pups|parrots?)\\b[^.!?]{0,80}\\b(?:just|only) (?:pay|cover) (?:for )?(?:the )?(?:delivery|shipping|transport(?:ation)?)|"
          // round 49: "a free iPad? I have 3 extra from my company, just pay shipping", "I'd like to buy this page, DM me your price"
          + "(?:free|extra|spare|brand new|sealed)\\b[^.!?]{0,80}?\\b(?:just|only) (?:pay|cover) (?:for )?(?:the )?(?:delivery|shipping|postage)\\b|"
          + "(?:i'd|i would|i want to|i wanna|looking to|want to) (?:like to )?(?:buy|purchase|acquire) (?:this|your) (?:page|account|handle|username|group)\\b|"
          + "\\b(?:this|the|your) (?:page|account|handle|username)\\b[^.!]{0,40}?\\b(?:i'd|i would|i want to|i wanna) (?:like to )?(?:buy|purchase) it\\b|"
          + "(?:puppies|kittens|pups) (?:are )?(?:available )?for (?:rehoming|re-homing|free adoption)|"
          + "(?:approve|get) (?:\\w+ )?loans? for anyone|no (?:documents?|paperwork|credit checks?) (?:needed|required)|"
          + "unlimited (?:free )?(?:gems|coins|robux|v-?bucks|diamonds|credits|lives|spins)|(?:gems?|coins?|robux|v-?bucks|diamonds?) generator|"
          + "(?:restore|boost|increase|fix|recover) (?:your |ur )?(?:reach|engagement|visibility|impressions)\\b|shadow ?ban(?:ned)? (?:removal|removed|fix)|"
          + "(?:the )?algorithm is (?:hiding|suppressing|burying|shadowbanning) (?:your|ur)|google (?:maps|business) (?:ranking|optimi[sz]ation|seo|profile optimi[sz]ation)|"
          + "dm (?:me |us )?for (?:the )?(?:packages|pricing|package prices)|"
          // round 31: "I know a guy" for a hacked account, friend requests, paid "just for testing apps", pills ordered discreetly
          + "(?:i know|i found|there's|theres|there is) (?:a guy|someone|somebody|a hacker|a lady|a woman|a team|a person)\\b[^.!?]{0,40}\\b(?:legit|fast|helped|recover\\w*|got (?:it|mine) back)|"
          + "(?:interested in|like to be|want to be|wanna be) (?:being )?(?:your )?friends\\b|accept my (?:friend )?request|send me a friend request|"
          + "changed my (?:life )?financially|(?:got|get|getting) paid \\$?[\\d,.]+k? (?:just )?(?:for|to) (?:testing|test|doing|watching|playing|liking|sharing|reviewing)|here'?s how\\s*[\\x{1F447}\\x{2B07}]|"
          + "check out (?:our|my) (?:new |online )?(?:store|shop|boutique|website|site)\\b|(?:natural|herbal|magic|miracle) (?:pill|pills|supplement|formula|tonic)\\b|order discreetly|discreet (?:packaging|shipping|delivery)(?![^.!,]{0,20}\\?)|"
          // round 32: "stop scrolling", coaching to join, mentorship for the first 20, bookings through "our agency"
          + "^\\W*stop scrolling\\b|join my (?:online |free |private |exclusive )?(?:coaching|program|programme|course|academy|challenge|group|community|team)\\b|"
          + "free (?:mentorship|coaching|masterclass|webinar|training|course|consultation)s? for the first \\d+|(?:book|order|buy) (?:through|with|via) (?:our|my) (?:agency|company|site|link)|"
          // round 33: factory prices, apps that pay you, wishlists, giveaways to a random follower, day plans, cash for a cashtag
          + "(?:factory|wholesale) (?:prices?|rates)\\b[^.!?]{0,40}\\b(?:whats ?app|dm|message|contact|email)|wholesale partnership|"
          + "(?:app|site|website|game|tool) that pays (?:you|u|people) (?:to|for)|link on my (?:profile|page|bio|channel)|"
          + "send (?:me )?(?:your|ur) (?:amazon )?wish ?list|(?:just )?follow me first|"
          + "giving away (?:\\w+ ){0,4}to (?:a )?random (?:follower|person|people|commenter)s?|comment (?:your|ur) fav(?:ou?rite)? (?:colou?r|number|emoji|food|animal)|"
          + "my \\d+[- ]day (?:\\w+ ){0,2}(?:plan|program|programme|challenge|course|guide)\\b|slide into my dms|(?:dm|message|inbox) me for a surprise|"
          + "drop (?:your|ur) (?:\\$?cashtags?|cash ?app|venmo|paypal)|i'?ll send (?:you|u|the first \\d+) \\$\\d+|"
          // round 34: profits in days thanks to a named manager, a recovery hack credited to a handle, free classes behind a link, seed faith
          + "[$£€]?[\\d,.]+k?[$£€]? (?:in )?(?:profits?|returns?|gains?) (?:in|within|after) (?:just )?(?:\\d+|a few|two|three|four|five|seven|ten) (?:days|weeks|hours)|"
          + "\\b(?:mr|mrs|ms|madam|dr|sir)\\.? (?-i:[A-Z])\\w+\\b[^.!?]{0,60}\\b(?:investments?|trading|profits?|portfolio|forex|crypto|bitcoin|returns)\\b|"
          + "(?:hack\\w*|recover\\w*|locked out|got (?:it|mine|my \\w+) back)\\b[^.!?]{0,60}\\b(?:thanks to|with the help of|contact|reach out to|message|dm|text) " + NOT_CARE_HANDLE + "|"
          + "free (?:masterclass|webinar|workshop|training|e-?book|guide|course|class|challenge|mini-?course)\\b[^.!?]{0,20}(?:https?://|www\\.|bit\\.ly/|\\blink\\b)\\S*|"
          + "sow(?:ing)? (?:a |your )?seed(?: of [$£€]?\\d+)?|(?:god|the universe|the lord) (?:sent|led|brought) (?:you|u) (?:to )?(?:my|this) (?:page|post|profile|comment)|"
          + "(?:cash ?app|venmo|paypal(?:\\.me)?)\\W{0,3}[$@](?-i:[A-Za-z])\\w{2,}|"
          // round 35: a new business and its handle, loans from a named man, pay by the week, casting calls, affiliate links, tax help for hire
          + "(?:started|launched|opened) (?:a|my|our) (?:\\w+ ){0,2}(?:business(?! account)|shop|store|brand|boutique|bakery|etsy|small business)\\b[^@.!?]{0,80}@\\w+|(?:would|i'd|i would) (?:really )?(?:love|appreciate) (?:your|ur|some|the) support\\b[^.!?]{0,10}@\\w+|"
          + "contact (?:mr|mrs|ms|dr|madam|sir)\\.? (?-i:[A-Z])\\w+(?: (?-i:[A-Z])\\w+)?(?:'s)? (?:on|via|through|at) (?:\\+?\\d+|whats ?app|telegram|signal|wa\\b)|"
          + "(?:you'd|you would|you'll|you will|u would|u'd) be (?:perfect|great|ideal) for (?:our|my|a|an|this) (?:new |upcoming |paid |next )?(?:campaign|shoot|ad|commercial|collab(?:oration)?|ambassador program|role|project|casting)|"
          + "(?:with|using|via|through|from|on|use) my (?:affiliate|referral|ref|discount|promo) (?:link|code)|\\bamzn\\.to/\\S+|"
          // round 36: keys resold for a few dollars, a hacker to hire, "shop the link"
          + "(?:reselling|selling|sell|got) (?:\\w+ ){0,4}(?:keys|codes|licen[cs]es|subscriptions|logins)\\b[^.!?]{0,30}(?:for [$£€]?\\d|hit me up|hmu|dm|message me)|"
          + "(?:know|recommend|need|found|use|used|contact|hire) (?:a |an |the )?(?:good |legit |real |reliable |genuine |trusted |ethical |professional )?hacker\\b|\\w*hacks? on (?:insta|ig|instagram|telegram|whats ?app|snap(?:chat)?)\\b|"
          + "shop (?:the|my|our) (?:link|page|store|collection)\\b|"
          // round 37: YouTube comment spam: a full course "on my channel", a recovery agent found on Telegram, savings moved into gold,
          // a plug and prices "on my story", paid to watch ads, chain bait, a profile with pics, small creators asking for subs,
          // private-profile viewers, prizes for the first 50 who follow, cash to whoever retweets, "check your DMs, I sent you something"
          + "(?:full|whole|entire|complete) (?:course|guide|method|tutorial|video|movie|series|pdf|ebook|book)\\b[^.!?]{0,40}\\bon my (?:channel|page|profile|story|telegram|bio)|"
          + "until (?:i )?(?:found|met|contacted|came across|reached out to) (?:@\\w+|\\w+(?: \\w+)?) (?:on|via) (?:telegram|whats ?app|signal|instagram|insta|ig|snap(?:chat)?|facebook|fb)\\b|"
          + "(?:moved|put|invested|converted|rolled) (?:all )?my (?:savings|retirement|401 ?k|ira|pension|money) (?:\\w+ )?into (?:gold|silver|crypto|bitcoin|precious metals)\\b|"
          + "legit plug\\b|\\bplug for (?:\\w+ ){0,2}(?:jordans|yeezys|sneakers|shoes|bags|carts|pens|vapes|tickets|accounts|designer)|"
          + "(?:prices?|price ?list|menu|catalog(?:ue)?|pics|photos|pictures|videos|content|nudes) (?:is |are )?(?:on|in) my (?:story|stories|highlights?|page|profile|name)\\b|link in my name|"
          + "watch(?:ing)? (?:ads|videos|adverts) (?:and|to) (?:get|earn|make)|(?:get|got|getting|earn|earning) paid in (?:usdt|usdc|crypto|btc|bitcoin|eth|tokens)\\b|"
          + "\\blike (?:this )?for (?:good )?(?:luck|blessings|money|wealth)\\b|if (?:you|u) (?:see|read|are reading) this(?: comment)?,? (?:you|u)(?:'ll| will| are going to| r gonna| gonna) (?:be|get|become|win|find)|"
          + "\\bnew in town\\b[^.!?]{0,40}\\blooking for\\b|looking for (?:someone|somebody|a (?:guy|man|gentleman)) (?:fun|to have fun|to chat|to spoil)|"
          + "(?:appreciate|love|mean a lot|grateful for) (?:a |any |some |your )?(?:sub|subs|subscribers?|follows?)\\b|(?:i'm|im|i am) (?:also |just )?a small (?:youtuber|streamer|creator|tiktoker|artist|channel|content creator)\\b|"
          + "private (?:instagram|ig|insta|account|profile|story) viewer|(?:see|view|watch) any private (?:account|profile|story|instagram)|"
          + "free (?:[\\w+]+ ){0,2}codes\\b|first \\d+ (?:people|persons|followers|users) (?:who|to|that) (?:follow|comment|like|share|retweet|rt|dm|reply|tag)|"
          + "giving (?:away )?[$£€][\\d,.]+k? to (?:\\d+|the first \\d+|\\w+) (?:people|followers|lucky|random)|"
          + "check (?:your|ur) (?:dms?|inbox|messages|requests)\\W{0,6}(?:i|we)(?:'ve)? (?:sent|dropped|left) (?:you|u) (?:something|a (?:gift|surprise|message|link|offer))|"
          // round 38: Facebook-group and blog spam: "I also wrote about this on my blog", local trades "we offer free inspections",
          // guest posts, extra income for serious people, MLM catalogues, "admin please approve", a timeshare sold at a loss, discovery calls,
          // brokers helping "anyone in the group", a business opportunity
          + "(?:wrote|written|posted|blogged|published) (?:about )?(?:this|a similar|the same|a related) (?:topic |subject |thing |issue )?(?:on|in) my (?:blog|site|website|channel|page)|feel free to check (?:it|out my|my)\\b[^.!?]{0,10}(?:https?://|www\\.|[\\w-]+\\.[a-z]{2,6}/)|"
          + "we offer (?:free|affordable|cheap|discounted|professional|same[- ]day|24/7) (?:\\w+ ){0,2}(?:inspections?|quotes?|estimates?|consultations?|services?|repairs?|installation|cleaning|delivery|removal)|"
          + "guest post(?:ing|s)?\\b|\\bhigh (?:da|dr|pa)\\b|contact (?:us |me )?for (?:the |a |our )?(?:price ?list|prices|rates|pricing)|"
          + "(?:anyone|who|does anyone|any(?:one)? here)(?: here)? (?:\\w+ )?(?:wants?|interested|looking) (?:in |to )?(?:earn|earning|make|making) (?:some )?(?:extra )?(?:income|cash|money)|only serious (?:people|persons|ones|inquiries|minded)|"
          + "(?:i sell|selling|ask me|message me|dm me|join|order)\\b[^.!?]{0,30}\\b(?:avon|tupperware|herbalife|amway|scentsy|arbonne|younique|doterra|young living|mary kay|pampered chef|monat|color street|paparazzi jewelry)|ask me for the (?:catalog(?:ue)?|price ?list|prices|menu)|"
          + "(?:hello |hi |dear )?admin,? (?:please )?(?:approve|allow)|looking for \\d+ (?:\\w+ )?(?:people|persons|individuals|ladies|moms|mums|students)\\b[^.!?]{0,40}\\b(?:job|work|earn|income|opportunity|[$£€]\\d)|"
          + "selling (?:mine|my \\w+) at a loss|"
          + "free (?:discovery|strategy|clarity|intro|introductory|consultation) (?:call|session)|as a (?:certified|licensed) (?:life |health |business |career |mindset |fitness )?coach|"
          + "(?:i'm|im|i am) a (?:licensed |certified )?(?:mortgage broker|realtor|real estate agent|financial advis[eo]r|insurance agent|loan officer)\\b[^!?]{0,80}\\b(?:happy to help|dm|message|contact|comment below|reach out)|"
          + "(?:new |amazing |exciting |great |home )?business opportunity\\b|"
          // round 39: Instagram bots: "promote it on @...", features to apply for, brands said to pay testers, "look at my last post",
          // links in stories, "a video of you" behind a link, connects, verification bought, navy captains, sealed resale
          + "promote (?:it|this|them|your (?:\\w+ )?(?:page|post|account|content|work|art|music)) (?:on|at|with) @\\w+|(?:send|submit|tag|dm) (?:it|this|us|them) (?:to|@) ?@?\\w[\\w.]* (?:to|for) (?:get |be )?(?:featured|a feature|a shoutout|promoted)|"
          + "(?:we'd|we would|i'd|i would) love to feature (?:you|your|this)|link (?:is )?in (?:our|the) bio|link (?:is )?in my (?:stories|story|highlights?)|"
          // round 85: "need a product tester for the new iPhone, you keep the phone after, apply via my highlights"
          + "(?:apply|sign up|register) (?:via|through|in|on|at|from) my (?:highlights?|story|stories|bio|profile|page)|(?:need|needs|needed|wanted|hiring|looking for) (?:a |some |\\d+ )?product testers?\\b[^.!?]{0,40}\\bkeep (?:it|them|the \\w+)|"
          + "\\b(?:is|are) (?:now )?paying (?:people |you |everyone |users |moms |students )?[$£€][\\d,.]+k? (?:to|for) (?:test|try|review|watch|sign|join|complete|use)|"
          + "stop what (?:you're|youre|you are|ur) doing and (?:look|check|go|watch|read)|"
          + "(?:video|vid|pics?|photos?|pictures?) of (?:you|u)\\b.{0,60}?(?:https?://|www\\.|[\\w-]+\\.[a-z]{2,6}/)\\S*|\\bis (?:this|that) (?:you|u) in (?:this|the|that) (?:video|vid|pic|photo)|"
          + "\\bi (?:got|have) (?:the |a )?(?:plug|connects|hookup)\\b|"
          + "got (?:my (?:\\w+ )?)?verified\\b[^.!?]{0,40}\\b(?:in|within) \\d+ (?:hours|days|minutes)|with (?:this|that) (?:guy|man|lady|woman|person|team)'s help\\b[^.!?]{0,60}@\\w+|"
          + "(?:i'm|im|i am) (?:captain|capt\\.?|general|sergeant|sgt\\.?|colonel|major|lieutenant|lt\\.?) \\w+ (?:of|from|with|in) the (?:us |u\\.s\\. |american |british |un )?(?:navy|army|marines?|military|air force|united nations)|peace ?keeping mission|"
          + "\\breseller here\\b|(?:brand[- ]new|sealed|unopened)\\b[^.!?]{0,40}\\bfor (?:only |just )?[$£€]\\d+\\W{0,3}(?:sealed|unopened|firm|obo|negotiable)\\b|"
          // the plainest pitches (batch 48): money for simple tasks, ranges of pay a day, loans "up to", grants for everyone,
          // women "in your city", a video with its link, a proposal to benefit your business
          + "make money (?:by|with|doing|completing|from (?:your|ur|my) phone)|[$£€]\\d[\\d,.]*k?\\s?(?:-|to)\\s?[$£€]?\\d[\\d,.]*k? (?:per|a|every|/) ?(?:day|hour|hr|week|month)\\b|"
          + "(?:get|apply for|qualify for) (?:a |an )?(?:\\w+ )?loans? (?:of )?up to [$£€]?[\\d,.]+|\\bno credit checks?\\b[^.!?]{0,40}\\b(?:approv\\w*|loans?|cash|funds)\\b|(?:instant|fast|quick|same[- ]day|guaranteed) (?:loan )?approval|"
          + "(?:government|federal|covid|stimulus|relief) grants? (?:are |is )?(?:available|for everyone|for all|approved)|free (?:government )?grant money|"
          + "(?:real |hot |lonely |single |sexy )?(?:women|girls|ladies|milfs|singles|moms) (?:in|near|from) your (?:city|area|town)|waiting to (?:chat|meet|talk|hook up) with you|"
          + "watch my (?:new |latest )?(?:video|vid|reel|short|shorts|stream|tiktok|channel)\\b[^!?]{0,60}(?:youtube\\.com|youtu\\.be|tiktok\\.com|twitch\\.tv|subscribe|you(?:'ll| will) (?:laugh|love|like))\\S*|"
          + "(?:proposal|offer|opportunity|idea) (?:that )?(?:could|can|will|would) (?:benefit|help|grow|boost|transform) (?:your|ur) (?:business|brand|company|page|sales)|"
          // cash buyers: "we buy used phones for cash"
          + "we buy (?:any |all |used |old |junk |broken |unwanted )?(?:\\w+ )?(?:cars?|houses?|homes?|phones?|iphones?|gold|laptops?|electronics|gift ?cards?|junk|vehicles|propert(?:y|ies))\\b[^.!?]{0,30}\\b(?:for cash|any condition|top dollar|best price)|"
          + "cash for (?:your )?(?:cars?|gold|houses?|homes?|phones?|junk|clunkers|gift ?cards?)\\b|i(?:'m| am) (?:a )?widow(?:ed|er) (?:\\w+ )?(?:engineer|doctor|surgeon|soldier|officer|father|dad|man)|work(?:ing)? (?:offshore|on an oil rig)|"
          + "(?:contact|message|reach|dm|email|write to) (?:our|the) (?:account |facebook |instagram )?recovery (?:team|experts?|specialists?|agents?)|"
          + "no investment (?:needed|required)|(?:ref|referral|invite) link (?:in|below)|earn (?:free )?(?:crypto|bitcoin|money|cash) (?:just )?(?:for|by)|"
          + "link in (?:my )?page|(?:free|complimentary) (?:website|seo|site|marketing|social media) (?:audit|analysis|review)|drop your (?:url|website|link) below|"
          + "(?:buy|sell|selling|buying) (?:aged |old |verified |bulk )?(?:gmail|google|facebook|instagram|twitter|tiktok|linkedin|ad|business manager) accounts|aged (?:\\w+ )?accounts|"
          + "(?:selling|sell|buy) (?:a |my |our )?(?:course|masterclass|ebook)|make money (?:with|using) (?:chatgpt|ai|tiktok|youtube|an app|this)|"
          + "(?:crypto|token|coin) pre-?sale|pre-?sale before (?:it )?launch|pre-?sale (?:of \\$?\\w+ )?is (?:now )?(?:live|open)|\\d{2,4}x potential|(?:stock|trading|crypto|forex|options) (?:alerts|signals|picks)|our members (?:made|earned|profited)|"
          + "check (?:out )?my (?:latest |new )?(?:video|videos|reel|reels|podcast)|proven (?:system|method|formula|strategy)|"
          + "just a (?:small|tiny) (?:\\$\\d+ )?fee|(?:small|one-time) fee of \\$|feature you on (?:our|my) (?:podcast|page|magazine|blog)|reply (?!(?-i:ASAP|STOP|HELP|PLEASE|NOW|THANKS?|OK|NO)\\b)(?-i:[A-Z]{3,12})\\b|full (?:movie|episodes?) (?:free|online|in hd|hd|streaming)|free in (?:hd|1080p|4k)|"
          + "seo services|rank (?:your )?(?:website|site|business|page|store) (?:#1|number one|first|on (?:top|google|the first page))|dropshipping (?:course|mentor|masterclass)|"
          + "(?:buy|sell|selling|cheap|get) (?:google|trustpilot|yelp|amazon|app ?store|play ?store|5[- ]star|five[- ]star|positive) reviews|link in (?:my )?profile(?!'s)|"
          + "subscribe to my|check out my (?:channel|page|mixtape|profile|store|shop)|stream my|sub to my|subscribe!!|please sub|"
          + "follow (?:my|our) (?:page|channel|account|insta|ig|tiktok|twitch|youtube) (?:for|to see|if)\\b|"
          + "check (?:out )?my (?:bio|page|profile|ig|insta|tiktok|feed)\\b.{0,30}(?:for|\\x{1F618}|\\x{1F48B}|\\x{1F609}|\\x{1F525}|exclusive|content|spicy|pics)|"
          + "(?:i|we) (?:post|share|make|upload) (?:\\w+ ){0,3}on my (?:page|channel|profile|account)\\b.{0,20}\\bcheck|"
          + "(?:text|sms) (?!stop\\b|help\\b|unsubscribe\\b)(?-i:[A-Z]{2,12}) to \\d{3,6}\\b|(?:earn|get paid|make (?:money|cash))(?: extra)?(?: cash| money)? (?:by|for) (?:leaving|writing|posting|doing) (?:\\w+ )?reviews|"
          + "giving (?:every|each|all|the first \\d+|\\d+(?:,\\d{3})*) (?:\\w+ )?(?:family|families|followers?|people|customers?|person|households?) (?:a |an )?(?:free|[$£€])|"
          + "(?:share|like) this (?:post|page|status)\\b[^.!?]{0,60}\\b(?:comment|type) [\"'\\u201c]?(?-i:[A-Z]{3,})\\b|"
          + "win (?:an? |the |this |free )?(?:[\\w-]+ ){0,5}?[\\w-]+[!.,]*\\s+(?:just |simply |to enter,? )?(?:like|follow|share|comment|tag|rt|retweet)\\b[^.!?]{0,40}\\b(?:share|comment|follow|tag|email)|"
          + "our (?:official )?(?:support|help ?desk|helpline|customer care|refund team|claims team)\\b[^.!?]{0,20}\\bon (?:whats ?app|telegram|signal)|"
          + "(?:check out|listen to|stream) my (?:new |latest )?(?:song|track|single|album|ep|mixtape|music|beats?)|"
          + "(?:by|for|after|just) (?:completing|taking|filling (?:out|in)|doing|answering) (?:a|this|our|the|one) (?:short |quick |simple |brief |\\d+[- ]min(?:ute)? )?survey|"
          + "comments? (?:your|ur|their) (?:player |user ?|account |game |gamer ?)?(?:id|username|user ?name|gamertag|email|number)|"
          + "comment (?:your|ur) (?:email|e-mail|number|phone|address)|(?:nft|free) mint|mint(?:ing)? (?:is )?(?:live|now open|open now)|whitelist (?:spots?|closing|open|is open)|"
          // feature bait: "your post qualifies for a feature on our page, DM us to get featured"
          + "(?:your|ur) (?:post|page|account|photo|pic|content|profile|work) (?:qualifies|qualified|has been selected|was selected|is eligible) for|"
          + "(?:dm|message|inbox) (?:us |me )?(?:to|for) (?:get |be |getting )?featured|send (?:us|me) an? (?:dm|message) (?:to|for) (?:get |be |getting )?featured|"
          // round 45: "we'd love to collaborate, send us a DM on our main page", "just comment INFO below", free premium codes,
          // "I'll show you how" to earn
          + "(?:dm|message|contact|write to|reach out to|send us an? (?:dm|message)) (?:us )?(?:on|at|via) (?:our|my) (?:main|official|business) (?:page|account|profile)|"
          + "(?:would|we'd|we would|i'd|i would) love to (?:collab(?:orate)?|partner|work) with (?:you|u)\\b[^.!?]{0,80}\\b(?:dm|message|email|e-mail|main page|inbox|contact)|"
          + "(?:just |simply )?comment (?-i:[A-Z]{3,12})(?: below| here| and| to| if| for)|"
          + "free (?:\\d+[- ]months? |lifetime |yearly |annual )?(?:spotify|netflix|disney\\+?|youtube|hbo|xbox|game ?pass|discord|nitro|apple music|amazon prime|prime)(?: premium| nitro)? (?:codes?|accounts?|subscriptions?)|"
          + "(?:i'll|i will|let me|i can) (?:show|teach) (?:you|u) how\\b[^.!?]{0,40}(?:comment|dm|message|inbox|link|bio)|"
          // money got "from @someone" and "message him": a testimonial dressed as a question ("is this legit?? I got $500 from @mike, message him")
          + "(?:from|with|by|thanks to|via) @\\w+\\b[^!?]{0,80}\\b(?:message|dm|contact|follow|text|inbox|hit up) (?:him|her)\\b|"
          + "\\w*recovery_?(?:expert|hacker|pro|specialist|agent)\\w*|(?:from|by) (?:a |an |the )?(?:scam|fake|crypto|forex|fraudulent) (?:broker|platform|investment|company|site)\\b.{0,60}\\b(?:thanks to|recommend|contact|reach out))(?!\\w)", F);
  /**
   * Tickets offered for a message ("selling 2 tickets for saturday, dm me"): fans sell theirs this way, and
   * so do the touts and scammers under every event's posts. A moderator decides; never hidden on this alone.
   */
  private static final Phrases RESALE = Phrases.compile(
      "\\b(?:selling|sell|got|have) (?:\\d+|two|three|four|a pair of|a couple of|my|some) (?:spare |extra |vip |floor |front row |presale )?tickets?\\b"
          + "[^.!?]{0,60}\\b(?:dm|message|inbox|pm|text|hmu|whats ?app|telegram)\\b|\\b(?:below|under) face value\\b"
          // round 85: "my aunt works at the venue and can get you backstage passes, inbox me for details"
          + "|\\bcan (?:get|sort|hook) (?:you|u|anyone|people)(?: up)? (?:with )?(?:\\w+ )?(?:backstage passes|passes|tickets|vip|meet and greets?|guest ?list)\\b"
          + "[^.!?]{0,40}\\b(?:dm|message|inbox|pm|text|hmu|whats ?app|telegram)\\b"
          + "|\\b(?:brand new|bnib|sealed|unopened|never used)\\b[^!?]{0,40}\\b(?:paypal|cash ?app|zelle|venmo|crypto|btc|bitcoin|gift cards?|bank transfers?|revolut|wire transfers?) only\\b"
          // round 67: "selling at face value. DM me first come first served", "anybody interested in buying a PS5 for £150?"
          + "|\\b(?:at|for|below|under) face value\\b[^!?]{0,60}\\b(?:dm|inbox|pm|message me|text me|hmu|first come)\\b"
          + "|\\b(?:anyone|anybody|someone|somebody) (?:interested in|want to|wanna) buy(?:ing)? (?:a|an|my|some|\\d+|two) [^.!?]{1,30}? for [$£€]\\d"
          // round 58: "Anyone want a PS5 for cheap? brand new sealed, PayPal only, dm me"
          + "|\\b(?:anyone|who) (?:want|wants|need|needs) (?:a|an|some|my) [^.!?]{1,30}? for cheap\\b[^!?]{0,60}\\b(?:dm|message|inbox|pm|text|hmu)\\b"
          + "|\\b(?:selling|sell) (?:\\w+ ){0,5}(?:tickets?|seats|passes)\\b[^.!?]{0,60}\\b(?:comment if|if (?:anyone(?:'s| is)? )?interested|interested\\?|dm|message|inbox|pm|hmu)", F);
  /**
   * Strangers promoting themselves in a brand's comments, short of sure spam: a "wrong number" opener
   * that turns to small talk (the start of a romance or investment scam), one's own new track "on my
   * page" or "latest upload", a relative's shop to "show some love" to, "$80 yesterday just playing games",
   * a streaming plan split for "$3/month, message me".
   */
  private static final Phrases SELF_PROMOTION = Phrases.compile(
      // round 72: "same thing happened to me, used @ClaimHeroUK and got paid in full, highly recommend"
      "\\b(?:used|tried|went (?:with|through)|thanks to) @\\w+\\b[^.!?]{0,40}\\b(?:got (?:paid|my money|compensation|a refund)|paid (?:out|in full))\\b[^.!?]{0,30}\\b(?:recommend|legit|thank)|"
      // round 69: "@creditfixpro raised mine 200 points in a week"
      + "(?:@[\\w.]+|\\b(?:mr|mrs|ms|dr)\\.? (?-i:[A-Z])\\w+) (?:raised|fixed|boosted|repaired|cleared|increased|restored) (?:my|mine)\\b[^.!?]{0,30}\\b(?:credit|score|points)\\b|"
      // round 68: "is this Mr. Chen? We were supposed to meet for golf", "it's Emily, we met at the conference ... text me back",
      // "I have an opportunity you will love"
      + "\\b(?:is this|are you) (?:mr|mrs|ms|miss|dr)\\.? (?-i:[A-Z])\\w+\\b[^!]{0,80}\\b(?:supposed to (?:meet|have)|we (?:met|talked|spoke|were meant to)|remember me)\\b"
          + "|\\b(?:it's|its|this is) (?-i:[A-Z])\\w+\\b[^!?]{0,40}\\bwe met (?:at|on|in|last)\\b[^!]{0,60}\\b(?:text me|message me|dm me|add me|write me|call me)(?: back)?\\b"
          + "|\\b(?:i|we) (?:have|'ve got|got) (?:an? )?(?:\\w+ )?(?:opportunity|business proposal|proposition) (?:for you|you(?:'ll| will| would|'d)? (?:love|like|enjoy)|you (?:might|may) (?:like|want))\\b"
          // round 42
          + "|\\bwrong (?:number|person|account)\\b.{0,100}?\\b(?:since we(?:'re| are) (?:chatting|talking|here)|what do you do for (?:work|a living))\\b"
          + "|\\bnew (?:track|song|single|mixtape|ep|beat|music video)s? (?:just )?(?:dropped|is out|out now)\\b|\\b(?:it's|its) on my (?:page|channel|profile|soundcloud|spotify)\\b"
          // round 43: "check my latest upload", "the best moments in a playlist on my channel", "$80 yesterday just playing games",
          // "split a Netflix family plan? $3/month, I'll add you"
          + "|\\b(?:compiled|put together)\\b[^.!?]{0,40}\\b(?:playlist|compilation|edit|full video|part 2) (?:is )?on my channel\\b"
          // round 44: "made rent off it last month, ask @jaylen.moneytips on ig", "add me on snap"
          + "|\\b(?:it pays|pays fr|making money|made rent|made \\$|earned|earning)\\b[^.!?]{0,60}\\b(?:ask|contact|hit up|dm|message|text) @[\\w.]+ on (?:ig|insta|instagram|telegram|snap|snapchat|whatsapp)\\b"
          + "|\\b(?:cutie|babe|baby|sexy|handsome|beautiful|gorgeous|dear|hun|hottie)\\b[^!?]{0,60}\\badd me on (?:snap|snapchat|kik|insta|ig)\\b"
          + "|\\b(?:made|earned|earn|it pays|paid me|got paid)\\b[^!?]{0,20}\\$\\d+ (?:yesterday|today|this week|last week|a day|per day|every day) (?:just )?(?:by )?"
          + "(?:playing|watching|doing|posting|clicking|scrolling)\\b"
          // round 64: "I was in the same boat until I found TaxSaverPro, saved me $2k, not sponsored btw"; "Rent my Airbnb in Lisbon, 20% off if you book direct, DM me"
          + "|\\b(?:until|then|since|till) i (?:found|discovered|started using|switched to|tried)\\b[^!?]{0,80}\\b(?:not sponsored|not an ad|not affiliated|no affiliation|not paid to say (?:this|that))\\b"
          + "|\\b(?:rent|book|stay (?:at|in)) my (?:airbnb|apartment|flat|villa|cabin|holiday (?:home|let|rental)|condo|beach house)\\b[^!?]{0,60}\\b(?:dm|message|book direct|inbox|pm|link)\\b"
          + "|\\bsplit (?:a |my |our )?(?:netflix|spotify|disney\\+?|youtube premium|hbo|max|prime|hulu)(?: family)? (?:plan|account|subscription)\\b"
          + ".{0,60}?\\$\\d[^!?]{0,60}\\b(?:message me|dm me|inbox me|i'll add you|text me)\\b"
          + "|\\b(?:my|our) (?:sister|brother|mom|mum|mother|dad|friend|cousin|aunt|auntie|uncle|wife|husband|daughter|son|bestie|bff)'?s (?:new |little |small )?"
          + "(?:\\w+ )?(?:boutique|shop|store|business|bakery|salon|page|brand|small business|etsy)\\b[^.!?]{0,80}\\b(?:message (?:her|his|their) page|order (?:from|through) (?:her|him|them)|show (?:her|him|them) (?:some )?love"
          + "|give (?:her|him|them) a follow|go follow (?:her|him|them))\\b", F);
  /**
   * A stranger moving the talk to a messenger ("text me on WhatsApp"), short of sure spam: customers ask a
   * brand the same ("@AcmeBank reach me on WhatsApp please, my card was blocked"), so it counts only in a
   * comment that asks, reports and questions nothing (round 44).
   */
  /**
   * A phishing notice written as a company to its user (round 81): "HMRC: you are due a tax refund of £326.40. Claim it
   * here before it expires: ...", "this is the Instagram security team ... please confirm your password here",
   * "Amazon: a purchase of £899 was made on your account. If this wasn't you call 0800 ... immediately". A state of
   * the reader's account or a sum due to them, with what to do ({@link #PHISH_ACT}) and where ({@link #PHISH_CHANNEL}).
   * Read only in a comment whose writer never says "I" or "my" and relays nothing: customers who pass such a notice
   * on say so ("I got a text saying ...").
   */
  private static final Phrases PHISH_NOTICE = Phrases.compile(
      "\\b(?:your|ur) (?:[\\w-]+ ){0,2}(?:account|card|page|package|parcel|order|mailbox|id|payment|subscription|number|wallet|profile|device|phone)\\b[^!?]{0,40}?"
          + "\\b(?:has been|have been|was|is|will be|has|is being) (?:temporarily |permanently )?(?:locked|suspended|removed|deleted|disabled|deactivated|frozen|flagged|declined|on hold|closed|compromised|reported|blocked|limited|almost full)\\b"
          + "|\\b(?:you are|you're|you have been|you've been) (?:due|owed|selected|chosen|eligible)\\b|\\byou(?:'ve| have) won\\b"
          + "|\\ba (?:purchase|payment|charge|transfer|login|sign-?in) (?:of [£$€]?[\\d,.]+ )?(?:was|has been) (?:made|attempted|detected)\\b"
          + "|^\\s*(?:hi,? )?this is (?:the )?(?:[\\w-]+ ){1,2}(?:security|support|fraud|billing|help) (?:team|department|desk|centre|center)\\b", F);
  /** What a phishing notice asks, and how soon. */
  private static final Phrases PHISH_ACT = Phrases.compile(
      "\\b(?:confirm|verify|update|restore|reactivate|validate|unlock|pay|claim|submit|redeem|call|appeal|log ?in|click)\\b[^!?]{0,60}?"
          + "\\b(?:(?:right )?now|immediately|here|below|within \\d+ ?(?:h|hrs?|hours?|days?)|before (?:it expires|midnight|the deadline)|to (?:avoid|keep|prevent|restore|continue|reactivate|stop))\\b", F);
  /** A writer who speaks of themselves alone: a phishing notice says "we" and "our", as the company it plays. */
  private static final Pattern SINGULAR_WRITER = Pattern.compile("\\b(?:i|i'm|im|i've|ive|i'd|i'll|my|me|mine|myself)\\b", F);
  /** Words of someone who passes a notice on or warns of it ("this account is DMing people saying their account will be deleted"). */
  private static final Pattern RELAYING = Pattern.compile("\\b(?:saying|says|said|telling|told|claiming|claims|pretending|impersonating|(?:is|are|keeps?) (?:dming|messaging|sending|texting|emailing)|"
      + "received|scam\\w*|fake|phishing|is (?:this|it) (?:legit|real|genuine|you)|beware|warning:? (?:this|these|that)|don't click|do not click)\\b", F);
  /** Where a phishing notice sends its reader: a link, a bare domain, a phone number, "here" ("call now" alone is any shop's). */
  private static final Pattern PHISH_CHANNEL = Pattern.compile("https?://|\\bwww\\.|\\b[\\w-]+ ?\\. ?(?:com|net|org|co|uk|info|ru|xyz|biz|help|online|site|club|app|io|me|gg|live|shop|top)\\b"
      + "|\\b(?:here|below|link)\\b|\\d{3}[ .-]?\\d{3,4}[ .-]?\\d{3,4}", F);
  private static final Phrases MESSENGER = Phrases.compile(
      "\\b(?:text|message|contact|reach|dm|add) (?:me|us) on (?:telegram|whats ?app|signal|hangouts|wickr|google chat|kik)\\b", F);
  /**
   * Pay by the hour, day or month boasted of ("I make $5k/month from my phone", "helped 200 moms earn $300/day"):
   * spam in a comment that asks and reports nothing, but a customer's own words beside a problem ("I earn
   * $15/hr and you took $80 twice", round 45), so only where there is no customer matter.
   */
  private static final Phrases EARNINGS = Phrases.compile(
      "\\b(?:(?:i|i'm|im|i am|i've|ive|we|we're|here|been|now|currently|already|and|to) (?:\\w+ )?|helped (?:[\\d,]+\\+? )?\\w+ (?:to )?)"
          + "(?:earn|make|made|earned|making|earning) [$£€]?[\\d,.]+k?[$£€]?\\s?/\\s?(?:day|week|wk|month|mo|hr|hour|year)\\b(?!/)", F);
  /**
   * Readers pointed at one's own latest video, blog or channel, or a relative's page: "check my latest upload,
   * it's a banger" (round 43), "visit my blog for more tips", "check out her page and give it a like" (rounds 46,
   * 49). Self-promotion unless the comment reports a problem ("check my latest upload, it keeps getting taken down").
   */
  private static final Phrases PLUG = Phrases.compile("\\bcheck (?:out )?my (?:latest|newest|new|last|recent) (?:upload|video|vid|short|reel|edit)s?\\b"
      // round 46 (YouTube comment spam): "please visit my blog for more tips", "Check out this video on YouTube: youtube.com/..."
      + "|\\b(?:visit|read|check out|go to) my (?:blog|website|site|vlog|podcast|etsy|soundcloud|channel)\\s*(?:for\\b|to (?:learn|see|read|get|find)\\b|:|at\\b|here\\b|https?://)"
      // round 53: "Stream the new album \"Midnight\" by LilVee on Spotify now!! support independent artists"
      + "|\\bstream (?:the |my |our |this )?(?:new |latest )?(?:album|single|track|ep|mixtape|song)\\b[^.!?]{0,50}?\\bon (?:spotify|apple music|soundcloud|youtube|tidal|deezer|audiomack)\\b"
      // round 64: "I put together a free guide on this at budgetbrain.net/guide", "shameless plug: I made an app that fixes this"
      + "|\\b(?:i|we) (?:put together|made|wrote|created|compiled|built) (?:a |an |my |our )?(?:free |quick |little )?(?:guide|ebook|e-book|checklist|course|cheat ?sheet|template|toolkit|resource|spreadsheet|app|tool|extension|site)\\b[^!?]{0,60}?(?:https?://|www\\.|\\b[\\w-]+\\.(?:com|net|org|co|io|me|site|app|dev)\\b)"
      + "|\\bshameless (?:self[- ])?plug\\b"
      // round 59: "Great post! I wrote about this too, check it out: mytechblog.net/best-vpns-2026"
      + "|\\b(?:i|we) (?:also )?(?:wrote|blogged|posted|made a video|made a post|did a post|did a video|have a post|have a video) (?:about|on) (?:this|that|the same)(?: topic)? (?:too|as well|also|recently|last week)?\\b[^!?]{0,40}?(?:https?://|www\\.|\\b[\\w-]+\\.(?:com|net|org|co|io|blog|me|site)/)"
      + "|\\bsub(?:scribe)? to my channel\\b|\\bcheck out (?:her|his|their) (?:page|shop|store|channel|account|profile|business|bakery|etsy)\\b[^.!?]{0,40}?\\b(?:like|follow|support|share)\\b|\\bcheck out this (?:video|playlist|song) on youtube:?\\s*(?:https?://)?(?:www\\.|m\\.)?(?:youtube\\.com|youtu\\.be)/\\S*\\s*$", F);
  /**
   * Fake support: a request for a card number or a password, or a "helpful" account to contact about
   * a refund or lost money. Spam even beside a problem's words, which such replies borrow ("sorry for
   * the trouble, DM us your card details so we can process your refund").
   */
  private static final Phrases FAKE_SUPPORT = Phrases.compile(
      "\\b(?:dm|send|message|give|provide|share|confirm|inbox)(?: us| me)(?: with)? your (?:[\\w-]+ ){0,4}?(?:card (?:details|number|info)|"
          + "cvv|pin|password|passcode|login (?:details|info)|security code|otp|one[- ]time (?:code|password|pin)|bank (?:details|info|login)|seed phrase|"
          + "recovery phrase|2fa code|verification code)\\b"
          + "|@\\w*(?:help|support|refund|care|service|recover|hack|unlock|restore|claims?|desk|assist|agent)\\w*\\b[^.!?]{0,60}\\b(?:dm|message|contact|text|reach out to|write to) (?:them|him|her)\\b"
          // a stranger to be reached on a chat app: "contact @AcmeHelpDesk_24 on telegram, they sorted mine"
          + "|\\b(?:contact|message|dm|text|reach out to|write to|hit up|inbox|add) @[\\w.]+ (?:on|via|through|at) (?:telegram|whats ?app|signal|kik|wickr|hangouts|wechat|session|discord)\\b"
          // round 64: "contact the Reddit support team on Telegram @reddit_helpdesk"
          + "|\\b(?:contact|message|dm|text|reach out to|write to) (?:the |their |our )?(?:\\w+ ){0,2}(?:support|help ?desk|helpdesk|care|service|recovery|security)(?: team| desk| agents?| staff)? (?:on|via|through|at) (?:telegram|whats ?app|signal|discord|kik)\\b"
          // round 61: "I accidentally reported your account, please contact ... to fix it"; "got my hacked Fortnite account back with help from @fortnite.recovery.pro"
          + "|\\b(?:accidentally|mistakenly|by mistake|wrongly) reported (?:your|ur) (?:\\w+ )?account\\b"
          + "|\\b(?:got|recovered|restored|unlocked) (?:my|mine|our) (?:[\\w-]+ ){0,3}(?:account|money|funds|crypto|wallet|page|profile|instagram|facebook|coins|btc|bitcoin) back\\b[^.!?]{0,40}\\b(?:with (?:the )?help (?:of|from)|thanks to|through|via) " + RECOVERY_HANDLE
          + "|\\b(?:our|the) (?:\\w+ )?recovery (?:agents?|team|experts?|specialists?|agency)\\b[^.!?]{0,60}\\b(?:message|contact|dm|text|reach|write to|whats ?app|telegram)\\b"
          + "|\\bour (?:[\\w/]+ ){0,2}(?:agents?|advis[eo]rs?|team|reps?|support|desk|helpline)\\b[^.!?]{0,20}\\bon (?:whats ?app|telegram|signal)\\b"
          // round 50: a support impostor's "please contact us on WhatsApp +1 (409) ..."
          + "|\\b(?:contact|reach|message|text|call|write to|chat with) us (?:directly |now |today |privately )?(?:on|via|through|at) (?:whats ?app|telegram|signal)\\b"
          // a form to fill in "so our team can assist you", posted under the brand by someone else
          + "|\\bfill (?:out |in )?(?:this|the|our) (?:short |quick |simple )?(?:google |support |claim |refund )?form\\b[^.!?]{0,60}\\b(?:assist|help|resolve|process|refund|support|claim|compensat)"
          + "|\\b[\\w]+-(?:[\\w]+-)*(?:refunds?|claims?|compensation|support|helpdesk|resolution|redelivery|customs|billing|payments?|invoices?|verify|verification|secure|login|signin)(?:-\\w+)*\\.[a-z]{2,6}\\b"
          + "|\\b(?:refunds?|claims?|compensation|support|helpdesk|redelivery|customs)-[\\w-]+\\.[a-z]{2,6}\\b"
          // round 41: replies under a brand's complaint threads that pose as its support or sell refunds
          + "|\\bsend (?:a |us a )?(?:dm|message|pm) to (?:our|the) (?:official )?(?:support|help|care|service|customer \\w+) (?:page|account|handle|team)\\b|\\b(?:our|the official) (?:support|help|care|service) (?:page|account|handle) @\\w+"
          + "|\\b(?:contact|message|dm|text|reach out to|hit up) (?:the |this |a )?(?:tech |recovery |hacker |account )?(?:guy|lady|man|woman|expert|hacker|pro|specialist|dude) @\\w+|@\\w+ on (?:ig|insta|instagram|telegram|snap(?:chat)?|whats ?app),? (?:he|she) (?:unlocked|recovered|fixed|restored|got|helped)"
          + "|\\blast (?:4|four) digits of (?:your|ur) (?:card|ssn|social|account)|\\b(?:i|we) can get (?:you|u) (?:a |your )?(?:full )?refunds? (?:for|on) (?:any|all|every)|\\brefund (?:hack|glitch)s?\\b"
          + "|\\bi work (?:for|at) (?:the company|them|\\w+)\\b[^.!?]{0,20}\\b(?:send|dm|message|give) me (?:your|ur)"
          + "|\\b(?:this is|we are|we're) (?:the )?(?!your\\b|ur\\b)(?:[\\w']+ ){0,2}(?:support|customer (?:care|service|support)|escalations?|resolution|complaints?|refunds?|claims|help ?desk|social(?: media)?|care) (?:team|desk|department|unit)\\b(?!\\s*\\?)(?=[^\\n]{0,120}\\b(?:call|text|whats ?app|telegram|number|phone|send|share|inbox|dm|message|email|card|details|link|form|click)\\b)"
          // someone who says they are the brand's support, with a number or a chat app: the brand answers from its own account
          + "|\\b(?:i'm|i am|this is|it's|its)\\s+(?:\\w+\\s+)?(?:from|with|at|of)\\s+(?:the\\s+)?(?:[\\w']+\\s+){0,2}(?:support|customer (?:care|service|support)|resolution|complaints?|"
          + "refunds?|claims|help ?desk|head office|social(?: media)?|escalations?|fraud)\\s+(?:team|desk|department|office|unit)\\b(?=[^\\n]{0,120}\\b(?:call|text|whats ?app|telegram|number|phone|send|share|inbox|dm|message|email|card|details)\\b)"
          + "|^\\W*\\w+ (?:support|customer care|help ?desk|resolution team) here\\b(?=[^\\n]{0,120}\\b(?:call|text|whats ?app|telegram|number|send|inbox|dm|message)\\b)", F);

  /**
   * A customer passing on spam, a scam or phishing they got, to ask about it or report it: words in
   * quotes, a message "saying" something, "is this legit?", "scam right?", bots "posting" something,
   * a number that "keeps adding me" to groups (round 45: five such reports were hidden as the spam they
   * quoted). Read only in a comment that asks, reports or questions something.
   */
  private static final Phrases RELAYED_SPAM = Phrases.compile(
      OPENING_QUOTE + NOT_QUOTE + "+\\s" + NOT_QUOTE + "+" + CLOSING_QUOTE
          + "|\\b(?:got|get|getting|gotten|received|receiving|keep getting|kept getting|sent me|sends me|texted me|emailed me|messaged me|called me|dm'?d me|dming me)\\b"
          + "[^.!?]{0,40}\\b(?:saying|says|said|that said|that says|claiming|telling me|asking (?:me|for)|offering|promising|about (?:a |an |my )?(?:prize|giveaway|package|parcel|delivery|account|refund|winning))\\b"
          + "|\\b(?:is|was|are) (?:this|that|it|these|they) (?:really )?(?:legit|real|genuine|a scam|scams|you|from you|safe|fake)\\b|\\bscam,? right\\b|\\bwas it a scam\\b"
          + "|\\b(?:keeps?|kept) (?:adding|sending|messaging|texting|calling|tagging|inviting|dming) me\\b"
          + "|\\b(?:bots?|spam(?:mers)?|scammers?|fake accounts?|hackers?)\\b[^.!?]{0,40}\\b(?:saying|posting|selling|offering|spamming|sending)\\b"
          + "|\\breport(?:ed|ing)? (?:it|them|this|that|the account|these|those)\\b|\\bi(?:'ve| have)? reported\\b", F);

  /** Words in quotes: what someone else wrote, passed on. */
  private static final Pattern QUOTED = Pattern.compile(OPENING_QUOTE + NOT_QUOTE + "{0,300}" + CLOSING_QUOTE);
  /**
   * A push to someone, a contact or a link outside quotes ("is this legit?? I got $500 from @mike, message him"): spam
   * dressed as a customer's question passes it on; a customer reporting spam does not.
   */
  private static final Phrases PUSH_ONWARD = Phrases.compile(
      "\\b(?:message|dm|contact|text|whats ?app|telegram|follow|ask|hit up|inbox|call|email|reach out to|write to) (?:him|her|them|me)\\b"
          + "|\\b(?:link|links|guide|details|info) (?:is |are )?in (?:my |the )?(?:bio|profile|comments|stories|story)\\b|\\bask me how\\b|\\b(?:claim|get|grab) (?:yours|it now|now)\\b"
          + "|\\bgo (?:verify|claim|check|sign up|join)\\b|\\bcheck it\\b|\\bt\\.me/|\\+\\d[\\d ().-]{7,}|\\bcomment (?:your|ur) (?:cashtag|email|number)\\b"
          + "|\\b(?:it works|it's legit|its legit|it is legit|they(?:'re| are) legit|(?:he|she) is legit|100% legit|not a scam)\\b|\\b(?:claim|verify|join|sign up) (?:at|here|on)\\b", F);

  /**
   * The kinds of words a pitch is made of. A comment is spam when it uses several kinds at once:
   * customers mention money, links or a "DM", but seldom an offer, a payout and a call to act together.
   */
  private static final Map<String, Phrases> KINDS = kinds(
      "an offer", "\\bprice (?:glitch|error|mistake)\\b|\\bfree (?:from|on|in) (?:the )?temu\\b|\\b(?:puppies|puppy|pups|kittens|kitten)\\b[^.!?]{0,40}\\b(?:ready (?:for|to go to) (?:their )?(?:new|forever) homes?|available for (?:rehoming|adoption|sale))\\b|\\bonly \\$\\d+(?:\\.\\d+)? (?:today|now)\\b|\\b(?:half (?:the )?price|only today|free|win|won|winners?|prizes?|rewards?|bonus|gifts?|giveaways?|offers?|deals?|sale|discount\\w*|coupons?|"
          + "\\d+ ?% off|cheap\\w*|lowest price|best price|save \\d|order (?:now|today)|buy (?:now|today|\\d)|shop now|outlet|limited (?:time|stock|offer)|"
          + "today only|this week(?:end)? only|last chance|exclusive|lucky|we both get|(?:you are|you're|u r|ur) (?:now )?entitled to|congrat\\w*|selected|chosen|freebies|free trial|first \\d+ (?:users|wallets|people)|"
          + "brand new sealed|less than (?:store|retail) price|below retail)\\b",
      "money", "\\$\\s?\\d|\\b\\d[\\d,.]{0,15} ?(?:usd|dollars|btc|eth|k a (?:day|week|month))\\b|\\b(?:earn\\w*|income|profits?|paid|get paid|cash|money|"
          + "invest\\w*|investors?|returns?|trading|trader|crypto\\w*|airdrops?|bitcoin|btc|ethereum|eth|nfts?|forex|pips|signals|staking|wallet|tokens?|"
          + CASINO + "|bet|spins?|jackpot|loans?|credit check|payout|passive|rich|millionaire|wealth|million|winnings|weekly pay|pays? \\$)\\b",
      "a call to act", "\\bfind out (?:in|within) (?:just )?\\d+ (?:seconds|secs|minutes|mins)\\b|\\bcomment [\"\\u201C'][\\w ]{1,20}[\"\\u201D'] (?:and|&) (?:i'll|i will|ill|we'll|we will) (?:send|dm|message|inbox|drop) (?:you|u|it)\\b|(?<=\\bgoogle )[\"\\u201C][^\"\\u201D]{1,40}[\"\\u201D]|\\b(?:buy now|order now|shop now|(?:with|using) my (?:code|link)|(?:with|using) (?:the )?(?:promo |discount )?code (?-i:[A-Z0-9]{4,})|sign ?ups?|spin now|play now|deposit|click|tap|dm|dms|inbox me|pm me|message @\\w+|worth a (?:quick )?chat|open to a (?:quick )?(?:call|chat)|hop on a (?:quick )?call|apply now|email (?:me|us) (?:at|on)\\b|email me|"
          + "call (?:our|the|this) (?:support|helpline|hotline|number)|message (?:me|us|him|her)|(?:text|dm|inbox|whatsapp) (?:him|her)|text me|inbox me|contact (?:me|us|him|her|my)|whats ?app|telegram|t\\.me|"
          + "join|sign ?up|register|(?<!n't |not |nt |wont )apply|visit|link (?:below|in (?:my )?bio)|claim|grab|collect|enter|follow (?:us|me|@)|tag \\w+ friends|"
          + "send (?:me|your|us)|referral|use (?:my )?code|use my (?:link|referral)|(?<!used |applied |entered |tried |typed |put in |redeemed |the |your |got a |have a |had a |received a )promo code|check out my|check my (?:page|profile|bio|story|stories|channel)|check (?:out )?our (?:new )?(?:page|profile|bio|channel|collection|store|shop|site|website)|subscribe|hurry|act now|don't miss|before it's gone|"
          + "before they run out|before it sells out|dont miss|spots? left|shop (?:local|small)|hire me|in (?:my )?bio|(?:dm|inbox|message|text) me for|(?:dm|inbox|pm|text|whats ?app) for (?:the )?(?:price|prices|pricing|rates|details|info|a quote)|follow my (?:page|account|channel|insta|ig|tiktok|profile)|link in (?:the )?comments|message (?:me )?for|in my profile|join my team|"
          + "(?:see|read|learn) (?:how|more) (?:on|at) my (?:blog|site|page|channel)|drop your (?:url|website|link))\\b|@(?:gmail|yahoo|outlook|hotmail|proton(?:mail)?)\\.com\\b|\\btry (?:it|us|them) (?:for )?free\\b"
          // round 46 (SMS spam): "call 09061209465 now", "Call The Mobile Update Co FREE on 0800...", "send STOP to 87575"; not "I called 0800..."
          + "|(?<!\\bi |\\bi'll |\\bwe |\\bthey |\\bhe |\\bshe |\\bto |n't |\\bnot |\\bjust |\\balready |\\bwho )\\b(?:call|ring|dial|txt|text|sms|send)\\b(?! me\\b| us back\\b)[^.!?\\n\\d]{0,40}?(?:\\+?\\d[\\d ().-]{8,16}\\d|\\bto \\d{5}\\b)"
          + "|[\\x{1F449}\\x{27A1}\\x{1F447}]\\s*(?:https?://)?[\\w-]+\\.[a-z]{2,}",
      "selling reach", "\\b(?<!\\bmy |\\bour )(?:(?:to|and) (?:reach|hit|gain|grow to) \\d+(?:\\.\\d)?k\\b(?! (?:miles|km|steps|runs?|words))|(?:we|i) can help you (?:reach|get|gain|grow|hit|go)|paid (?:partnership|collab(?:oration)?|promotion|shout ?out)s?|brand deals?|sponsorship (?:opportunit(?:y|ies)|deal)|followers|likes|views|subscribers|audience|linkedin connections|promote your|(?<!\\b(?:the|her|his|my|their|your|a|on the|on her|on his|on your|on my) )promotion(?! (?:to|at work|at the|in the)\\b)|collab|verified accounts?|go viral|"
          + "boost your|grows? your (?:\\w+ )?(?:page|account|following|channel|audience|business|brand|sales|network)|\\d[\\d,.]*[km]? (?:real |new |active )?(?:connections|views|impressions)|boost (?:it|this|your post|your video|your page) to|engagement)\\b",
      "account bait", "\\b(?:your|ur) (?:\\w+ ){0,2}(?:account|apple id|paypal|parcel|package|order|address|payment method|membership|subscription|ip|device|"
          + "card|bank|password|wallet|profile|instagram|facebook)\\b"
          + "[^.!?]{0,60}\\b(?:disabled|suspended|locked|flagged|unusual|deleted|terminated|sign-?in|verify|confirm|secure|fee|release|customs|expire[sd]?|"
          + "restore|reactivate|recover|back|on hold|could not be (?:shipped|delivered)|involved|fine|viewed|update|details|approved|"
          + "almost full|eligible|refund of)\\b"
          + "|\\b(?:disabled|suspended|locked|flagged|unusual|sign-?in|verify|confirm|secure|fee|customs|expire[sd]?|reactivate)\\b[^!?]{0,60}"
          + "\\b(?:your|ur) (?:\\w+ )?(?:account|apple id|paypal|parcel|package|card|bank|password|wallet|profile|instagram|facebook)\\b",
      "adult or dating", "\\b(?:(?:who wants|who wanna|anyone wanna) (?:to )?(?:chat|have (?:some )?fun)|bored (?:at home|tonight|and alone|rn|right now)|horny|sexy|nudes?|naked|xxx|porn\\w*|18\\+|onlyfans|hook ?ups?|dating|escorts?|"
          // round 83: not "the new singles", "tour dates" or "my mum is lonely since the day centre closed"
          + "(?:hot|local|lonely|sexy|horny|naughty) singles|singles (?:near|in your area|nearby|waiting|looking|who want)|(?:hot|sexy|local|casual|discreet|naughty|secret) dates|dates (?:tonight|near you|in your area|nearby)|dates? (?:near you|in your area)|sugar (?:daddy|mommy|baby)|"
          + "girls? near|women near|meet tonight|lonely (?:girls|women|ladies|wives|housewives|milfs|singles|tonight|rn)|(?:are|r) (?:you|u) lonely|can we be friends|be my friend|i like your profile|saw your profile|spicy (?:pics|content|videos?|photos)|"
          + "(?:babe|baby|sexy|handsome|hottie|cutie|beautiful|gorgeous|sweetie|dear)\\b[^.!?]{0,60}\\bcheck (?:out )?my (?:story|stories|bio|profile|page|dms?|inbox)|"
          + "(?:i'm|im|i am) new here\\b[^.!?]{0,20}\\blooking for (?:new |some )?friends)\\b|\\x{1F51E}",
      "a dubious service", "\\b(?:(?:i have|i've got|got) (?:\\w+ )?(?:working|valid|unused) (?:promo |discount |coupon |voucher |gift )?codes? for|(?:just|only) (?:need|needs|use) (?:your|ur) (?:bank (?:app|account|details|card|login)|debit card|account details)|(?:earn|earning|make money|making money) with me|"
          + "(?:free|giving (?:\\w+ )?away)\\b[^!?]{0,80}\\b(?:just|only) (?:pay|cover) (?:for )?(?:the )?(?:shipping|movers|moving costs?|delivery|postage|courier|transport|removals?)|bring back (?:your |ur )?(?:ex|lover|ex lover|ex-lover|partner|husband|wife|boyfriend|girlfriend)|extended (?:car |auto |vehicle )?warranty|digital (?:game )?codes|cash ?app (?:hacks?|glitch|flips?)|(?:cheap|discounted) (?:\\w+ )?(?:game codes|gift cards|cd keys|game keys)|(?:lose|burn) (?:belly|body|stubborn|face) fat|essay (?:help|service|writers?)|plagiarism[- ]free|(?:assignment|homework) help|psychic|spell ?caster|love spell|lover back|ex back|essays? (?:writing|written|for you)|do your (?:online )?(?:exam|essay|homework|assignment)s?|hackers?|hack any|(?:ai )?trading bot|" + CASINO + "|betting|(?<!delivery |time |booking |appointment |collection |parking |charging |viewing |interview |exam |test |vaccine |no |any |free |available |more )slots|"
          + "recovery (?:specialist|expert)|unlock (?:any|your)|without (?:a )?prescription|pills|gummies|weight loss|lose (?:up to )?\\d+ ?(?:lbs|pounds|kg|kilos)|"
          + "replicas?|designer bags|(?:rank|elo|mmr|account) boost(?:ing|s)?|boosting services?|(?:bronze|silver|gold|plat(?:inum)?|diamond|ascendant|immortal|master) to (?:silver|gold|plat(?:inum)?|diamond|ascendant|immortal|radiant|master|grandmaster|challenger|predator)|aimbot|wall ?hacks?|undetected (?:cheats?|hacks?|mods?)|wi-?fi (?:password )?(?:hack|hacker|cracker)s?|(?:hack|crack) (?:any|your neighbou?r'?s?) (?:wi-?fi|password)|(?:free )?full version (?:free|download)|free full version|mod apk|cracked (?:apk|version|software|games?|apps?)|keto (?:pills?|gummies|diet pills?)|diet pills?|fat burners?|slimming (?:pills?|tea|gummies|patches)|fake id|visa|green card|ozempic|viagra|steroids|vape|(?:windows|office|adobe|steam|antivirus|license|licence|product|cd) keys?|"
          + "accredited diplomas?|fake (?:doctor'?s notes?|sick notes?)|realistic documents|(?:degree|diploma)s? (?:in \\d+ (?:days|weeks)|without (?:exams?|study|studying)|for sale))\\b",
      "a service for hire", "\\b(?:(?:you|u) (?:could|may|might) (?:be )?(?:owed|due|entitled to|eligible for|claim)\\b|no win,? no fee|(?:check|find out) (?:if )?(?:your|you're|you are|you) (?:eligib\\w*|owed)|check (?:your )?eligibility|(?:we'll|we will|we can|we) get (?:your|you your) money back|we do (?:all )?the paperwork|our (?:experts|specialists|solicitors|lawyers) (?:overturn|guarantee|recover|win|handle|will|can)|free (?:case review|eligibility check|claim check)|handles? (?:your|all your) claims|(?:just|only) \\d+ ?% fee|hire me|i (?:can|will|'ll) (?:build|design|fix|write|manage|create|develop|edit|grow|automate|secure|recover|unlock|restore|protect) (?:\\w+ ){0,4}(?:for you|your)|"
          + "i (?:build|develop|design|create|write|offer|provide) (?:\\w+ ){0,3}(?:websites?|apps?|smart contracts|logos?|nfts?|bots?|chatbots?|landing pages?|stores?|articles?|blog posts?|content|threads|copy|captions|newsletters|scripts|ads)|(?:need|want|hire|looking for) an? ghost ?writer|i(?:'m| am) an? ghost ?writer|ghost ?writing services?|"
          + "we (?:build|provide|offer|develop|design|deliver|automate) (?:\\w+ ){0,3}(?:services?|websites?|apps?|solutions|software|marketing|leads)|"
          + "our (?:agency|firm|fund) (?:can|will|offers?|provides?|specializes?|has)|our team (?:can|will) (?:build|design|help you)|"
          + "starting (?:at|from) \\$|(?:affordable|lowest|low|cheap|competitive|unbeatable) (?:prices?|rates?)|free (?:quote|consultation|demo|audit)|"
          + "book a (?:free )?(?:demo|consultation|strategy call|discovery call)|portfolio|per (?:hour|hr|article|post|video)|(?<!(?:earn|make|making|earning|earned) [$£€]?\\d{1,4}(?:\\.\\d{2})?)/hr\\b|upwork|fiverr|freelancer|"
          + "(?:web|app|software|mobile app|blockchain|wordpress|shopify|seo|graphic|logo) (?:developer|designer|agency|expert|specialist)s?|(?:web|app|software|mobile app) development services?|"
          + "digital marketing (?:services?|agency)|licensed (?:cpa|accountant|tax (?:preparer|pro|professional)|realtor|mortgage (?:broker|agent)|contractor|electrician|plumber)|(?:anyone|who|does anyone) needs? (?:help|a hand) with (?:their|your|ur) (?:taxes|tax returns?|website|logo|resume|cv|visa|homework|essays?|credit)|"
          + "(?:credit repair|debt relief|fix your credit)|virtual assistant|lead generation|backlinks?|"
          // round 66: "I'm a certified fraud investigator, DM me and I'll trace your stolen data"
          + "certified (?:fraud investigator|private investigator|ethical hacker|recovery (?:agent|expert)|forensic (?:expert|analyst|accountant))|private investigator for hire|(?:i|we) (?:can|will|'ll) (?:trace|track|find) (?:your|ur) (?:stolen|lost|hacked|leaked)\\b|"
          // round 62: "We help SaaS companies book 30+ demos a month"; "We connect startups with angel investors, one-time fee of only $499"
          + "we help (?:\\w+ ){0,3}(?:companies|brands|businesses|founders|coaches|agencies|startups|creators|stores|shops|clinics|firms)\\b[^.!?]{0,40}\\b(?:book|get|hit|land|generate|scale|grow|add|close|make|double|triple)\\b|"
          + "we connect (?:\\w+ ){0,2}(?:startups|founders|businesses|companies|entrepreneurs) with (?:\\w+ )?investors|(?:one[- ]time|small|registration|joining|sign[- ]?up|processing|application|membership) fee (?:of )?(?:only |just )?[$£€]\\d|"
          // round 60: "Anyone looking for cheap car insurance? I can get you a quote in 5 minutes"; "I buy gold, jewellery and watches, best prices paid"
          + "(?:i|we) can (?:get|give|find|save) (?:you|u) (?:a|the) (?:cheaper |better |free |great )?(?:quote|deal|price|rate)s?\\b|"
          + "(?:i|we) buy (?:any |all |your |old |scrap |broken |unwanted )?(?:gold|silver|jewell?ery|watches|cars|vans|houses|homes|phones|iphones|laptops|gift cards|diabetic (?:test )?strips)\\b|(?:best|top) prices? paid|"
          // round 59: "Who needs a website? I build professional websites in 48 hours"
          + "(?:who|anyone|does anyone) needs? an? (?:new |professional |cheap |good )?(?:website|logo|app|flyer|banner|video editor|editor|designer|developer|ghost ?writer|virtual assistant|social media manager)\\b|"
          // round 58: "Looking for a reliable plumber in Austin? Call Joe's Plumbing ..."
          + "looking for an? (?:(?:reliable|good|cheap|trusted|local|licensed|certified|professional|affordable|honest)\\s+)*(?:plumber|electrician|roofer|handyman|locksmith|mechanic|cleaner|cleaning (?:company|service)|painter|contractor|landscaper|gardener|movers?|removals? (?:company|firm)|photographer|dj|accountant|lawyer|attorney|realtor|builder|carpenter|tutor)s? (?:in|near|around) (?-i:[A-Z])\\w*"
          + "|24/7 (?:emergency )?(?:service|callouts?|call-outs?)|free (?:estimates?|quotes?))\\b",
      "hype", "!!!|\\b(?:with|using) this (?:one )?(?:simple |easy |little )?trick\\b|\\bno collateral\\b|\\bapproval in \\d+ ?(?:h|hrs?|hours|minutes|mins)\\b|\\bonly \\d+ (?:left|remaining|spots?)\\b|\\bno (?:skills?|degree|experience|investment|upfront costs?) (?:required|needed|necessary)\\b|\\b(?:guaranteed|100%|instant(?:ly)?|no (?:credit checks?|survey|human verification|experience|password)|"
          + "risk[- ]free|secret|weird trick|doctors hate|limited|urgent|act fast|final notice)\\b|[\\x{1F4B0}\\x{1F4B5}\\x{1F4B8}\\x{1F680}\\x{1F525}\\x{1F447}\\x{27A1}\\x{1F449}\\x{1F381}\\x{1F48B}]");

  /** Kinds that are seldom innocent: they count twice. */
  private static final Set<String> STRONG_KINDS = Set.of("account bait", "adult or dating", "a dubious service", "selling reach", "a service for hire",
      "a lure link");
  /** A domain spelled out with words that lure a click (secure-login-verify.co, free-movies-hd.stream): phishing and spam sites. */
  private static final Phrases LURE_LINK = Phrases.compile(
      "\\b\\w{1,40}(?:-\\w{1,40}){1,8}\\.[a-z]{2,6}\\b|\\b(?:bit\\.ly|tinyurl\\.com|goo\\.gl|ow\\.ly|is\\.gd|cutt\\.ly|rb\\.gy|shorturl\\.at)/\\w*(?:free|gift|prize|claim|cash|promo|bonus|deal|iphone|giveaway)|\\b\\w*(?:free|win|deal|promo|cash|bonus|claim|verify|secure|login|reward|gift|prize|cheap|"
          + "casino|spin|crypto|profit|loan|clearance|outlet|discount|slim|keto|detox)\\w*\\.(?:com|net|org|co|io|xyz|info|biz|shop|club|top|tk|app|link|live|gg|stream|bet|store|online|site)\\b", F);
  /** Questions that hook a reader ("Need more followers?", "Are you tired of your 9-5?") are not a customer asking. */
  private static final Phrases HOOK = Phrases.compile(
      "(?:^|[.!]\\s+|\\bbut\\s+)(?:need|want|looking for|tired of|are you|do you want|wanna|struggling|ready to|single|bored|(?:are you |would you be |is )?(?:(?:anyone|anybody) )?interested in|who (?:else )?wants|who (?:else )?needs|anyone (?:need|needs|want|wants|looking)|have you (?:tried|heard of)|ever (?:tried|heard of)|had (?:your|ur) (?:mobile|phone|car|contract|loan|credit card|policy|pension)|"
          + "(?:have you|were you|you) (?:been )?(?:injured|mis-?sold|in an accident))\\b[^?]{0,80}\\?", F);

  private static Map<String, Phrases> kinds(String... nameAndPattern) {
    Map<String, Phrases> kinds = new LinkedHashMap<>();
    for (int i = 0; i < nameAndPattern.length; i += 2) kinds.put(nameAndPattern[i], Phrases.compile(nameAndPattern[i + 1], F));
    return Collections.unmodifiableMap(kinds);
  }

  private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+\\.(?:com|net|org|co|io|xyz|info|biz|shop|store|online|site|live|club|top|tk|app|link|me|cc|bet|pro|"
      + "ly|gg|date|vip|win|click|icu|buzz|ru|su|ws|ai|academy|agency|digital|tech|media|space|fun|website|world|today|money|cash|tv|download|apk|games|cam|sbs|cfd|lol|monster|rest|bond)(?:/\\S*)?\\b");
  private static final Pattern HASHTAG = Pattern.compile("#\\w+");

  /**
   * Words without one of which no threat or incitement pattern can match: the cheap test that spares
   * most comments those patterns (the patterns stay the rule; this list only has to cover them).
   */
  private static final Set<String> HARM_WORDS = Set.of("bleeding", "hospital", "icu", "coffin", "morgue", "wheelchair", "ditch", "grave", "pavement", "wake",
      "teach", "follow", "puts", "careful", "kill", "kills", "killed", "hurt", "hurts", "beat", "beats", "beaten", "stab",
      "stabs", "shoot", "shoots", "shot", "find", "murder", "destroy", "rape", "raped", "end", "break", "smash", "hell", "come",
      "coming", "live", "lives", "work", "works", "sleep", "sleeps", "stays", "drink", "drinks", "train", "trains", "eat", "eats",
      "park", "parks", "shop", "shops", "walk", "walks", "hang", "hangs", "drop", "recognise", "recognize", "waiting", "chokes",
      "run", "watch", "people", "regret", "pay", "catch", "see", "fired", "banned", "dead", "punch", "hit", "slap", "strangle",
      "choke", "smack", "kick", "ruin", "burn", "burns", "burned", "bury", "sorry", "bleed", "cry", "suffer", "suffers", "address",
      "location", "school", "workplace", "house", "family", "kys", "die", "dies", "died", "bleach", "hanged", "cancer", "aborted",
      "rot", "rots", "without", "time", "stretch", "porridge", "swing", "dragged", "hauled", "miss", "enough", "bottle", "deeper", "harder", "vertically", "happier", "better", "job", "ended", "flight", "plane", "explodes", "derails", "deserves", "deserve", "mean", "drift", "unalive", "jump", "crawl", "drown", "drowns", "yourself", "urself", "put", "care", "exist",
      "alive", "born", "forever", "key", "scratch", "slash", "egg", "ambulance", "stretcher", "windscreen", "week", "finishes", "finish", "working", "post", "already", "never", "crash", "crashes", "starve", "starves", "over", "wait", "brave", "tough", "blow", "bomb", "torch", "firebomb", "acid", "throws", "rapes", "attacks", "murders", "punches", "smacks", "slaps", "mugs", "robs", "kidnaps",
      "shut", "miserable", "nightmare", "breathing", "punched", "slapped", "kicked", "smacked", "stabbed", "jumped", "cut", "poison",
      "face", "get", "getting", "everyone", "everybody", "karma", "sterilized", "breed", "show", "shift", "schedule", "routine", "route",
      "parked", "outside", "alone", "shame", "sick", "swat", "swatting", "swatted", "ddos", "ddosing", "public", "leak", "number", "expose", "release", "publish", "kneecaps", "window", "remember", "knock", "lay", "spark", "longer", "mow", "which", "sure", "bet", "betcha", "batter", "bash", "merk", "merc", "seeing", "inside", "bricks", "scared", "afraid", "doxxed", "doxed", "sinks", "sink", "burning", "torched", "bombed", "shipped", "deported", "wrong", "scarred", "disfigured", "maimed", "crippled", "bricked", "accidents", "pity", "visitors", "visit", "back");
  /** Words one of which every attack-on-a-group pattern needs (the groups, and the phrases without one). */
  private static final Set<String> GROUP_WORDS;

  static {
    Set<String> groups = new HashSet<>();
    for (String alternative : GROUP.substring(3, GROUP.length() - 1).split("\\|")) groups.add(alternative.split(" ")[0]);
    groups.addAll(Set.of("burden", "drain", "leeches", "scroungers", "travellers", "travelers", "gypsies", "gipsies", "gyppos", "pikeys", "country", "kitchen", "filthy", "all", "woman", "female", "females", "girls", "leave", "fire", "sack", "rid", "replace"));
    GROUP_WORDS = Set.copyOf(groups);
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MENTION = Pattern.compile("@[\\w.]+");

  private static Set<String> words(String t) {
    Set<String> words = new HashSet<>();
    for (String word : NOT_WORD.split(t.toLowerCase(Locale.ROOT))) if (!word.isEmpty()) words.add(word);
    return words;
  }

  /**
   * How much of a comment triage reads: what it asks, reports or attacks is in its opening, and a
   * bound keeps the patterns' cost small whatever an integration posts (a comment may hold 10,000
   * characters).
   */
  static final int MAX_READ_CHARS = 2_000;

  /** The opening of a text, at most {@link #MAX_READ_CHARS} characters, never splitting a surrogate pair. */
  static String opening(String text) {
    if (text.length() <= MAX_READ_CHARS) return text;
    int end = Character.isHighSurrogate(text.charAt(MAX_READ_CHARS - 1)) ? MAX_READ_CHARS - 1 : MAX_READ_CHARS;
    return text.substring(0, end);
  }

  private Triage() {}

  /** The rule-facing signals: these patterns' with the language and the needs-a-reply and attack scores given. */
  public static dev.crisisdesk.facts.Signals signals(String text, String lang, double needsReply, double attack) {
    Signals read = of(text);
    return new dev.crisisdesk.facts.Signals(lang, read.request(), read.problem(), read.question(), read.profanity(), read.aboutService(), read.namesGroup(), read.abuse(),
        read.insult(), read.spam(), read.promotion(), needsReply, attack, 0);
  }

  public static Signals of(String text) {
    if (text == null || text.isBlank()) return Signals.NONE;
    String t = Folding.fold(opening(text)).replace('\u2019', '\'');
    // a dirty place or spoilt food counts unless a group of people is named: "your store is full of immigrants and they're filthy" is no report
    boolean namesGroup = NAMES_GROUP.matcher(t).find();
    boolean condition = !namesGroup && CONDITION.matcher(t).find();
    boolean reported = condition || PROBLEM.matcher(t).find();
    // a harsh verdict on the business ("garbage airline", "you lot are scammers") is a complaint, but shields no pitch
    boolean verdict = VERDICT.matcher(t).find();
    boolean problem = reported || verdict;
    boolean request = REQUEST.matcher(t).find();
    boolean question = QUESTION.matcher(t).find();
    boolean customerMatter = problem || request || HOOK.matcher(t).replaceAll(" ").indexOf('?') >= 0;
    // abuse is read with its letters unmasked ("b1tch", "wh*re"), spam as written and so ("fr33 f0ll0wers", but
    // "spell@gmail.com" as written); everything else as written
    String plain = unmasked(t);
    // and abuse is read a second time with its text-speak spelled out ("u shud b shot 4 that", "i no where u park")
    String spelled = spelledOut(plain);
    boolean textSpeak = !spelled.equals(plain);
    // a customer asking about spam they got ("got this text \"pay $1.99 customs fee at ...\", is this legit?") reports it
    boolean relaysSpam = (customerMatter || question) && RELAYED_SPAM.matcher(t).find() && !PUSH_ONWARD.matcher(QUOTED.matcher(t).replaceAll(" ")).find();
    String spam = relaysSpam ? null : promotion(t, plain, customerMatter, reported, true);
    String abuse = abuse(plain);
    if (abuse == null && textSpeak) abuse = abuse(spelled);
    // an insult in a customer's complaint ("you lost my bag, your agents are clueless") is a complaint; a problem
    // word in an insult that tells nothing of the writer ("get lost you pathetic troll") is not
    // a request counts when it is the writer's or about the business: "you need to be locked up" asks for nothing
    boolean firstPerson = Comment.firstPerson(t);
    // a dirty place or spoilt food is the business's, whatever it is called ("your gym in Bristol is filthy")
    boolean aboutService = condition || SERVICE.matcher(t).find();
    boolean customersComplaint = (request || reported) && firstPerson || request && aboutService;
    String insult = abuse != null ? null : insult(plain, customersComplaint, verdict);
    if (abuse == null && insult == null && textSpeak) insult = insult(spelled, customersComplaint, verdict);
    return new Signals(request, problem, question, PROFANITY.matcher(t).find(), aboutService, abuse, insult, spam,
        spam != null || relaysSpam ? spam : promotion(t, plain, customerMatter, reported, false), namesGroup);
  }

  /** In a customer's complaint only a call to harm counts; elsewhere any insult, read past a verdict on the business. */
  private static String insult(String t, boolean customersComplaint, boolean verdict) {
    return customersComplaint ? harmCall(t) : insult(verdict ? VERDICT.matcher(t).replaceAll(" ") : t);
  }

  /**
   * Text-speak and dropped g's spelled out, word by word ("shud" should, "b" be, "4" for, "som1" someone,
   * "gettin" getting), so that the attack patterns, written in plain words, read "u shud b shot 4 spreadin
   * lies" and "ill find u". Only abuse is read this way: a customer's "ur app" and "4 days" mean what they say
   * there already.
   */
  private static final Map<String, String> SPELLED = Map.ofEntries(Map.entry("shud", "should"), Map.entry("shld", "should"),
      Map.entry("wud", "would"), Map.entry("wld", "would"), Map.entry("cud", "could"), Map.entry("b", "be"), Map.entry("4", "for"),
      Map.entry("2", "to"), Map.entry("c", "see"), Map.entry("kno", "know"), Map.entry("knw", "know"), Map.entry("wat", "what"),
      Map.entry("wot", "what"), Map.entry("bak", "back"), Map.entry("wen", "when"), Map.entry("wer", "where"), Map.entry("r", "are"),
      Map.entry("som1", "someone"), Map.entry("sum1", "someone"), Map.entry("sumone", "someone"), Map.entry("evry1", "everyone"),
      Map.entry("every1", "everyone"), Map.entry("evry", "every"), Map.entry("no1", "no one"), Map.entry("any1", "anyone"),
      Map.entry("b4", "before"), Map.entry("2moro", "tomorrow"), Map.entry("2morrow", "tomorrow"), Map.entry("tmrw", "tomorrow"),
      Map.entry("2nite", "tonight"), Map.entry("tonite", "tonight"), Map.entry("nite", "night"), Map.entry("im", "i'm"),
      Map.entry("ill", "i'll"), Map.entry("gna", "gonna"), Map.entry("da", "the"), Map.entry("dat", "that"), Map.entry("dis", "this"),
      Map.entry("dem", "them"), Map.entry("ppl", "people"), Map.entry("fkn", "fucking"), Map.entry("fkin", "fucking"),
      Map.entry("fking", "fucking"), Map.entry("fcking", "fucking"), Map.entry("fukin", "fucking"), Map.entry("fukn", "fucking"),
      Map.entry("fuckin", "fucking"), Map.entry("fk", "fuck"), Map.entry("hore", "whore"), Map.entry("bich", "bitch"),
      Map.entry("biatch", "bitch"), Map.entry("ya", "you"), Map.entry("ome", "home"), Map.entry("gettin", "getting"),
      Map.entry("goin", "going"), Map.entry("comin", "coming"), Map.entry("doin", "doing"), Map.entry("sayin", "saying"),
      Map.entry("talkin", "talking"), Map.entry("lookin", "looking"), Map.entry("waitin", "waiting"), Map.entry("watchin", "watching"),
      Map.entry("spreadin", "spreading"), Map.entry("killin", "killing"), Map.entry("tryin", "trying"), Map.entry("makin", "making"),
      Map.entry("takin", "taking"), Map.entry("runnin", "running"), Map.entry("lyin", "lying"), Map.entry("stalkin", "stalking"),
      Map.entry("leakin", "leaking"), Map.entry("postin", "posting"), Map.entry("sendin", "sending"), Map.entry("followin", "following"));
  private static final Pattern SPELLED_WORD = Pattern.compile("[\\p{L}\\d]+");
  /** "i no where", "we no wat": know, only after a person and before what is known. */
  private static final Pattern NO_AS_KNOW = Pattern.compile("(?i)\\b(i|we|u|you|they) no (?=(?:where|wat|what|who|when|ur|your|how|which|were)\\b)");
  /** Single letters spaced out into one of these words ("k y s"). */
  private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}\\d])\\p{L}(?: \\p{L}){2,6}(?![\\p{L}\\d])");
  private static final Set<String> SPACED_WORDS = Set.of("kys", "die", "kill", "slut", "whore", "bitch", "cunt", "rape", "retard", "loser",
      "faggot", "skank", "twat", "nigger", "pedo", "paedo", "nonce", "idiot", "moron", "wanker");

  /** The text with its text-speak spelled out; the same string when there is none. */
  static String spelledOut(String t) {
    String read = NO_AS_KNOW.matcher(t).replaceAll("$1 know ");
    Matcher spaced = SPACED.matcher(read);
    StringBuilder joined = new StringBuilder(read.length());
    int last = 0;
    while (spaced.find()) {
      String word = spaced.group().replace(" ", "").toLowerCase(Locale.ROOT);
      if (!SPACED_WORDS.contains(word)) continue;
      joined.append(read, last, spaced.start()).append(word);
      last = spaced.end();
    }
    read = joined.append(read, last, read.length()).toString();
    StringBuilder out = new StringBuilder(read.length() + 16);
    Matcher m = SPELLED_WORD.matcher(read);
    last = 0;
    boolean changed = false;
    while (m.find()) {
      if (insideToken(read, m.start(), m.end())) continue;
      String spelled = SPELLED.get(m.group().toLowerCase(Locale.ROOT));
      if (spelled == null) continue;
      out.append(read, last, m.start()).append(spelled);
      last = m.end();
      changed = true;
    }
    if (!changed) return read.equals(t) ? t : read;
    return out.append(read, last, read.length()).toString();
  }

  /** Whether the word at start..end is part of a handle, a link or a contraction ("@b_4", "acme.c/im", "ill's"): it keeps its letters. */
  private static boolean insideToken(String t, int start, int end) {
    if (start > 0 && "@#/.'\u2019_-".indexOf(t.charAt(start - 1)) >= 0) return true;
    if (end >= t.length() - 1) return false;
    char next = t.charAt(end);
    // a full stop ends a sentence ("u shud b."), a dot between letters is inside a link
    return "'\u2019_@".indexOf(next) >= 0 || next == '.' && Character.isLetterOrDigit(t.charAt(end + 1));
  }

  /**
   * Runs of letters, digits and the symbols that mask letters; a word in one that starts and ends
   * with a letter and has a digit or a symbol inside ("b1tch", "r3tarded", "wh*re", "f*ck") is
   * unmasked. Matched possessively and checked in code: linear in the text, whatever it holds.
   */
  private static final Pattern MASKED = Pattern.compile("[\\p{L}\\d*@$!]++");
  private static final Pattern MASK = Pattern.compile("[*\\d@$!]");
  /** The words a masked letter is tried against: a star may stand for any vowel, but only these are read back. */
  private static final Set<String> MASKED_WORDS = Set.of("bitch", "bitches", "whore", "whores", "slut", "sluts", "cunt", "cunts", "fuck",
      "fucking", "fucker", "fucked", "retard", "retarded", "retards", "shit", "dick", "dickhead", "kill", "idiot", "moron", "nigger", "faggot",
      "fag", "rape", "die", "loser", "stupid", "dumb", "ugly", "pussy", "bastard", "twat", "wanker", "prick", "skank", "hoe", "thot",
      "pedo", "paedo", "nonce", "nigga", "find", "live");
  private static final String VOWELS = "aeiou";

  /** The text with masked letters read as letters; unchanged when nothing in it is masked. */
  static String unmasked(String t) {
    if (!MASK.matcher(t).find()) return t;
    StringBuilder out = new StringBuilder(t.length());
    Matcher m = MASKED.matcher(t);
    int last = 0;
    while (m.find()) {
      String run = m.group();
      // round 83: a listed word masked to its last letter ("p3d0", "h0") is read whole; other trailing digits are no letters ("user123")
      boolean maskedAtEnd = !Character.isLetter(run.charAt(run.length() - 1)) || run.indexOf('!') >= 0;
      String whole = maskedAtEnd && Character.isLetter(run.charAt(0)) ? unmask(run) : run;
      if (!whole.equals(run) && MASKED_WORDS.contains(whole.toLowerCase(Locale.ROOT))) {
        out.append(t, last, m.start()).append(whole);
        last = m.end();
        continue;
      }
      // "!" is a letter only in a listed word ("n!gger", "f!nd"): elsewhere it ends a sentence whose next one has no space ("CUNT!I hope")
      if (run.indexOf('!') >= 0) continue;
      int end = run.length();
      while (end > 0 && !Character.isLetter(run.charAt(end - 1))) end--;
      if (end == 0 || !Character.isLetter(run.charAt(0)) || !MASK.matcher(run).region(0, end).find()) continue;
      out.append(t, last, m.start()).append(unmask(run.substring(0, end)));
      last = m.start() + end;
    }
    return out.append(t, last, t.length()).toString();
  }

  private static String unmask(String word) {
    StringBuilder letters = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      letters.append(switch (c) {
        case '0' -> 'o';
        case '1', '!' -> 'i';
        case '3' -> 'e';
        case '4', '@' -> 'a';
        case '5', '$' -> 's';
        case '7' -> 't';
        default -> c;
      });
    }
    String read = letters.toString();
    int star = read.indexOf('*');
    if (star < 0) return read;
    if (read.indexOf('*', star + 1) >= 0) return starred(word, read);
    for (char vowel : VOWELS.toCharArray()) {
      String tried = read.substring(0, star) + vowel + read.substring(star + 1);
      if (MASKED_WORDS.contains(tried.toLowerCase(Locale.ROOT))) return tried;
    }
    return word;
  }

  /**
   * A word with several stars ("n****r", "b***h", "f**k") is read as the one listed word of its length
   * whose other letters it shows; when none or several fit ("s**t": shit or slut), it stays as written.
   */
  private static String starred(String word, String read) {
    String lower = read.toLowerCase(Locale.ROOT);
    String found = null;
    for (String listed : MASKED_WORDS) {
      if (listed.length() != lower.length()) continue;
      boolean fits = true;
      for (int i = 0; i < lower.length() && fits; i++) fits = lower.charAt(i) == '*' || lower.charAt(i) == listed.charAt(i);
      if (!fits) continue;
      if (found != null) return word;
      found = listed;
    }
    return found == null ? word : found;
  }

  /**
   * A customer's threat to a business, without violence ("I will destroy you in my review", "you'll
   * regret this, I'm telling everyone about your service", "watch out, I'm taking this to the
   * ombudsman"): a complaint, answered like any other, never hidden as an attack on a person.
   */
  static boolean customersThreat(String t, MatchResult threat) {
    return DISPUTE.matcher(t).find() && !VIOLENCE.matcher(threat.group()).find();
  }

  private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D\u00AB\u00BB]");
  private static final Phrases REPORTING = Phrases.compile("\\b(?:said|says|told (?:me|us|my \\w+)|wrote|texted|messaged|screamed|yelled|shouted|replied|"
      + "whispered|called me|threatened|talk say|tok say|come say|dey say|seh|sey)\\W*$"
      // the same verbs in the languages abuse is read in by kind (ABUSE_MORE): "водитель сказал мне \"...\""
      + "|(?<![\\p{L}])(?:сказал\\p{L}*|написал\\p{L}*|кричал\\p{L}*|сказав\\p{L}*|написав\\p{L}*|dedi|yazdı|bağırdı|powiedział\\p{L}*|napisał\\p{L}*|"
      + "krzyczał\\p{L}*|a spus|mi-a zis|řekl\\p{L}*|napsal\\p{L}*|mondta|írta|είπε|έγραψε|قال|قالت|كتب|گفت|نوشت|कहा|लिखा|bilang|sabi|berkata|bilang ke saya|"
      + "nói|alisema|aliandika|zei|schreef|bola|boli|bole|bolta|bolti|kaha|kahaa|likha|chillaya|chillayi)(?: (?:мне|нам|mi|mię|mnie|me|mi-a|nekem|μου|لي|به من|मुझे|ko|saya|tôi|nami|tegen mij))?[^\\p{L}\\p{N}]*$"
      + "|(?:말했|라고 했|言った|と言われ|说|說)[^\\p{L}\\p{N}]*$", F);

  /** Someone else's words just before, unquoted ("my neighbour said ", "saying \""), or a denial ("nobody "). */
  private static final Pattern SAID_OR_DENIED = Pattern.compile("(?:\\b(?!(?:i|we)\\b)[\\w']+ (?:said|says|told (?:me|us|my \\w+)|claims?|claimed|thinks|believes|wrote|"
      + "tweeted|posted|commented|replied|insists|insisted)(?: that)?(?: (?:she|he|they|you|u|(?:the|a|an|this|that|his|her|their|our) \\w+)(?:'s|'re| was| is| were| are| had| has| looked| looks)?)?|(?:^|[.!?]\\s*)(?:saying|claiming|calling|to say|to claim)(?: that)?|"
      + "\\b(?:nobody|no one|no-one|noone|no person|no child|no kid)|\\b(?:it's|its|it is) (?:never|not) (?:ok|okay|fine|acceptable|right) to say)[\\s\"\u201C:,]*$", F);

  /**
   * Whether the words are someone else's, quoted by the writer who reports them ("my driver said
   * \"I know where you live now\", I'm scared"), reported without quotes ("my neighbour said
   * immigrants are parasites"), or denied ("nobody should be shot for being gay"): a complaint about
   * an attack, or speech against one, not an attack. A moderator may still see it by its toxicity.
   */
  static boolean reported(String t, MatchResult attack) {
    if (SAID_OR_DENIED.matcher(t.substring(Math.max(0, attack.start() - 40), attack.start())).find()) return true;
    int opening = -1;
    int closing = -1;
    int quotes = 0;
    Matcher q = QUOTE.matcher(t);
    while (q.find()) {
      if (q.start() >= attack.start()) {
        if (q.start() >= attack.end()) closing = q.start();
        break;
      }
      quotes++;
      opening = q.start();
    }
    // inside a pair of quotes, after a verb of saying
    return quotes % 2 == 1 && closing >= 0 && REPORTING.matcher(t.substring(Math.max(0, opening - 40), opening)).find();
  }

  /** Why the text attacks a person or group beyond doubt (a threat, self-harm, a slur, a group, private details), or null. */
  static String abuse(String t) {
    Set<String> words = words(t);
    Matcher m;
    if (!Collections.disjoint(words, HARM_WORDS)) {
      if ((m = THREAT.matcher(t)).find() && !customersThreat(t, m) && !reported(t, m)) return "threat: \"" + m.group().strip() + "\"";
      if ((m = SELF_HARM.matcher(t)).find() && !reported(t, m)) return "incites self-harm: \"" + m.group().strip() + "\"";
    }
    // ungated: the harm words would be common ones here ("account", "post", "block"), and the phrases' own literals screen it cheaply
    if ((m = HARASSMENT.matcher(t)).find() && !reported(t, m)) return "harasses a person: \"" + m.group().strip() + "\"";
    if (SLUR.matcher(t).find()) return "slur";
    // two monkeys alone are abuse in a comment of a few words ("@player \uD83D\uDC12\uD83D\uDC12\uD83C\uDF4C", "\uD83E\uDD8D\uD83E\uDD8D stick to running"), not in a zoo visitor's story
    if (((m = EMOJI_SLUR.matcher(t)).find() || (m = EMOJI_PAIR.matcher(t)).find() && words(MENTION.matcher(t).replaceAll(" ")).size() <= 5) && !reported(t, m) && !ANIMAL_TALK.matcher(t).find()) {
      return "racist abuse by emoji: \"" + m.group().strip() + "\"";
    }
    if (!Collections.disjoint(words, GROUP_WORDS) && (m = DEHUMANIZE.matcher(t)).find() && !reported(t, m)) return "attacks a group: \"" + m.group().strip() + "\"";
    if ((m = GO_BACK.matcher(t)).find() && !reported(t, m)) return "attacks a group: \"" + m.group().strip() + "\"";
    if ((m = CODED_HATE.matcher(t)).find() && !reported(t, m)) return "attacks a group: \"" + m.group().strip() + "\"";
    // each detail is looked for once: the readings below share them
    boolean phone = PHONE.matcher(t).find(), address = ADDRESS.matcher(t).find(), email = EMAIL.matcher(t).find(), postcode = POSTCODE.matcher(t).find();
    if ((phone || address || email || STREET.matcher(t).find()) && DOX_CONTEXT.matcher(t).find() && !OWN_DETAILS.matcher(t).find()) return "posts someone's private details";
    if ((m = THEIR_DETAILS.matcher(t)).find() && !reported(t, m) && !OWN_DETAILS.matcher(t).find()
        && (DETAIL_MENACE.matcher(t).find() || (phone || address || email || postcode) && DOX_CONTEXT.matcher(t).find())) {
      return "posts or holds someone's private details: \"" + m.group().strip() + "\"";
    }
    if ((address || postcode) && ADDRESS_MENACE.matcher(t).find() && !OWN_DETAILS.matcher(t).find()) return "posts someone's private details";
    if ((m = PRIVATE.matcher(t)).find() && !reported(t, m)) return "posts someone's private details: \"" + m.group().strip() + "\"";
    if ((m = DOX_DETAIL.matcher(t)).find() && !reported(t, m) && !OWN_DETAILS.matcher(t).find()
        && (DOX_CALL.matcher(t).find() || phone || address || email || postcode)) {
      return "posts someone's private details: \"" + m.group().strip() + "\"";
    }
    if ((m = ABUSE_ELSEWHERE.matcher(t)).find() && !reported(t, m)) return "attacks a person: \"" + m.group().strip() + "\"";
    if ((m = ABUSE_MORE.matcher(t)).find() && !reported(t, m)) return "attacks a person: \"" + m.group().strip() + "\"";
    return null;
  }

  /**
   * Why the text insults a person ("@someone you absolute moron"), or null. Only asked of comments
   * that report no problem and ask for nothing: an insult in a complaint is a complaint. Insults are
   * for a moderator to judge: they may be aimed at the brand's staff by an angry customer.
   */
  static String insult(String t) {
    Matcher m = INSULT_AT.matcher(t);
    if (m.find()) return "insults a person: \"" + m.group().strip() + "\"";
    if ((m = INSULT_ELSEWHERE.matcher(t)).find() && YOU_ELSEWHERE.matcher(t).find()) return "insults a person: \"" + m.group().strip() + "\"";
    if ((m = INSULT_MORE.matcher(t)).find()) return "insults a person: \"" + m.group().strip() + "\"";
    String harm = harmCall(t);
    if (harm != null) return harm;
    boolean business = BUSINESS.matcher(t).find();
    if (!business && (m = NAME_CALLING_AT.matcher(t)).find() && ADDRESSEE.matcher(t).find()) {
      do {
        String before = t.substring(Math.max(0, m.start() - SELF_REACH), m.start());
        if (!SELF_BEFORE.matcher(before).find() && !TREATED_LIKE.matcher(before).find()) return "calls a person names: \"" + m.group().strip() + "\"";
      } while (m.find());
    }
    if ((m = PERSONAL.matcher(t)).find() && !(business && businessBeside(t, m))) return "attacks the person addressed: \"" + m.group().strip() + "\"";
    if (!Comment.firstPerson(t) && (m = PERSONAL_WEAK.matcher(t)).find() && !(business && businessBeside(t, m))) {
      return "attacks the person addressed: \"" + m.group().strip() + "\"";
    }
    return null;
  }

  /**
   * A call to hurt someone ("she needs to be slapped") or words that degrade a person ("your staff are
   * filthy animals"), which count even in a customer's complaint; or null. Words the writer reports
   * being called ("the driver called me a fat pig") are the complaint.
   */
  static String harmCall(String t) {
    Matcher m = HARM_CALL.matcher(t);
    // round 83: "the article says the councillor should be run out of town, that's a quote from a protester" reports the call
    if (m.find() && !reported(t, m)) return "calls for harm to a person: \"" + m.group().strip() + "\"";
    m = DEGRADING.matcher(t);
    while (m.find()) {
      if (!CALLED.matcher(t.substring(Math.max(0, m.start() - 40), m.start())).find() && !reported(t, m)) {
        return "degrades a person: \"" + m.group().strip() + "\"";
      }
    }
    return null;
  }

  /** How long an attack's own words may be for the business guard to look past them: an idiom, not a clause. */
  private static final int IDIOM_CHARS = 30;

  /**
   * Whether the comment names the brand's business outside the attack's own words ("dumber than a
   * bag of rocks" names no bag). A longer match may hold the customer's matter itself, so all of the
   * comment counts then.
   */
  private static boolean businessBeside(String t, Matcher attack) {
    if (attack.end() - attack.start() > IDIOM_CHARS) return true;
    return BUSINESS.matcher(unnamed(t.substring(0, attack.start()))).find() || BUSINESS.matcher(unnamed(t.substring(attack.end()))).find();
  }

  /** A person tagged by full name, as Facebook writes it ("@Angela Price", "@Tom Bill Banks"): a surname names no business. */
  private static final Pattern NAME_TAG = Pattern.compile("@\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2}\\b");

  private static String unnamed(String t) {
    return t.indexOf('@') < 0 ? t : NAME_TAG.matcher(t).replaceAll(" ");
  }

  /**
   * Why the text is spam ({@code sure}: hidden by the default pack) or may be ({@code !sure}: sent to a
   * moderator), or null. Sure: an unambiguous pitch, many links, or pitch words of several kinds with
   * a link in a comment that asks and reports nothing. Maybe: pitch words of two kinds (three when the
   * comment asks or reports something: customers ask about a brand's own offers).
   */
  static String promotion(String t, String unmasked, boolean customerMatter, boolean reportsProblem, boolean sure) {
    String why = promotion(t, customerMatter, reportsProblem, sure);
    return why != null || unmasked.equals(t) ? why : promotion(unmasked, customerMatter, reportsProblem, sure);
  }

  static String promotion(String t, boolean customerMatter, boolean reportsProblem, boolean sure) {
    Matcher fake = FAKE_SUPPORT.matcher(t);
    if (fake.find()) return "fake support: \"" + fake.group().strip().toLowerCase(Locale.ROOT) + "\"";
    if ((fake = PHISH_NOTICE.matcher(t)).find() && PHISH_ACT.matcher(t).find() && PHISH_CHANNEL.matcher(t).find()
        && !SINGULAR_WRITER.matcher(t).find() && !RELAYING.matcher(t).find()) return "a phishing notice: \"" + fake.group().strip().toLowerCase(Locale.ROOT) + "\"";
    Matcher pitch = PITCH.matcher(t);
    boolean pitched = pitch.find() || (pitch = PITCH_ELSEWHERE.matcher(t)).find();
    // a pitch in a comment that asks or reports something ("I won your giveaway and never got the prize") is only a maybe
    if (pitched && !(sure && reportsProblem)) return "\"" + pitch.group().strip().toLowerCase(Locale.ROOT) + "\"";
    String elsewhere = pitchElsewhere(t, customerMatter, sure);
    if (elsewhere != null && !(sure && reportsProblem)) return elsewhere;
    if (!customerMatter && (pitch = EARNINGS.matcher(t)).find()) return "\"" + pitch.group().strip().toLowerCase(Locale.ROOT) + "\"";
    if (!sure && (pitch = RESALE.matcher(t)).find()) return "tickets for sale: \"" + pitch.group().strip().toLowerCase(Locale.ROOT) + "\"";
    if (!sure && (pitch = SELF_PROMOTION.matcher(t)).find()) return "self-promotion: \"" + pitch.group().strip().toLowerCase(Locale.ROOT) + "\"";
    if (!sure && !customerMatter && (pitch = MESSENGER.matcher(t)).find()) return "\"" + pitch.group().strip().toLowerCase(Locale.ROOT) + "\"";
    // a customer's own upload can be their problem ("check my latest upload, it keeps getting taken down")
    if (!sure && !reportsProblem && (pitch = PLUG.matcher(t)).find()) return "self-promotion: \"" + pitch.group().strip().toLowerCase(Locale.ROOT) + "\"";
    Pitch words = pitchWords(t);
    if (words.links() >= 3) return words.links() + " links";
    boolean carrier = words.links() > 0 || count(HASHTAG, t) >= 4;
    // customers praise and ask about a brand's own offers: a maybe needs someone pushing a click or a contact
    boolean enough = sure ? words.points() >= (carrier && !customerMatter ? 3 : 4) && !customerMatter
        : words.pushes() && words.points() >= (customerMatter ? 3 : 2);
    return enough ? words.why() : null;
  }

  /**
   * Spam in another language, by the kinds of {@link #KINDS_ELSEWHERE} it holds, or null. A pair that is
   * seldom innocent (earnings with "from home" or "a day", free followers, a loan without collateral,
   * gambling) or an offer with a way to reach out is a maybe; it is sure with a way to reach out and a
   * pair or three kinds, in a comment that asks and reports nothing. A messenger alone is no pitch
   * ("your WhatsApp line never answers").
   */
  static String pitchElsewhere(String t, boolean customerMatter, boolean sure) {
    List<String> found = new ArrayList<>();
    boolean reaches = false;
    int offers = 0;
    for (Map.Entry<String, Phrases> kind : KINDS_ELSEWHERE.entrySet()) {
      if (!kind.getValue().matcher(t).find()) continue;
      found.add(kind.getKey());
      reaches |= REACH_ELSEWHERE.contains(kind.getKey());
      if (OFFERS_ELSEWHERE.contains(kind.getKey())) offers++;
    }
    if (found.isEmpty()) return null;
    boolean pair = found.contains("earnings") && (found.contains("from home") || found.contains("a day"))
        || found.contains("free") && found.contains("followers") || found.contains("a loan") && found.contains("no collateral")
        || found.contains("gambling");
    int points = (int) found.stream().filter(k -> !REACH_ELSEWHERE.contains(k)).count() + (reaches ? 1 : 0);
    boolean spam = sure ? !customerMatter && reaches && (pair || points >= 3)
        : pair && (!customerMatter || reaches) || reaches && offers > 0 && (!customerMatter || points >= 3);
    return spam ? "spam in another language: " + String.join(", ", found) : null;
  }

  /** The pitch words of a text: their kinds, points (strong kinds count twice), whether they push to act, and its links. */
  record Pitch(List<String> kinds, int points, boolean pushes, int links) {
    String why() {
      return String.join(", ", kinds) + (links > 0 ? ", a link" : "");
    }
  }

  static Pitch pitchWords(String t) {
    List<String> kinds = new ArrayList<>();
    int points = 0;
    boolean pushes = false;
    for (Map.Entry<String, Phrases> kind : KINDS.entrySet()) {
      if (kind.getValue().matcher(t).find()) {
        kinds.add(kind.getKey());
        boolean strong = STRONG_KINDS.contains(kind.getKey());
        points += strong ? 2 : 1;
        pushes |= strong || kind.getKey().equals("a call to act");
      }
    }
    if (t.indexOf('.') >= 0 && LURE_LINK.matcher(t).find()) {
      kinds.add("a lure link");
      points += 2;
      pushes = true;
    }
    return new Pitch(kinds, points, pushes, count(LINK, t));
  }

  private static int count(Pattern pattern, String t) {
    int n = 0;
    Matcher m = pattern.matcher(t);
    while (m.find()) n++;
    return n;
  }
}
