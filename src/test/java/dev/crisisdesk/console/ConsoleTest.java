package dev.crisisdesk.console;

import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs; no browser download), along the paths a new user takes. Screenshots of
 * each view go to {@code target/console-screenshots/} (the ones in {@code docs/console/} come from here).
 */
@Tag("slow")
class ConsoleTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/console-screenshots");
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @TempDir
  static Path data;
  private static Service service;
  private static String manager;
  private static String strategist;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    // CI installs the browser; elsewhere these tests wait for it rather than fail
    if (System.getenv("CI") == null) Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
    service = Service.start(data);
    manager = key("manager", "Mia");
    strategist = key("strategist", "Sam");
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (service != null) service.close();
  }

  @BeforeEach
  void openBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1000");
    ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(driver, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) browser.quit();
  }

  @Test
  void managerSeesAPostedCommentWithItsSentimentAndRuleClaimsItRepliesAndItLeavesTheQueue() throws Exception {
    // another complaint ahead of it in the queue: claiming the one on screen must take that one
    service.ingest(comment("con-a", "m0", "Terrible experience, rude staff.").put("createdAt", java.time.Instant.now().minusSeconds(600).toString()));
    service.ingest(comment("con-a", "m1", ANGRY).put("author", new JsonObject().put("handle", "carol").put("followers", 1200)));
    JsonObject item = service.get("/v1/queues/complaints/items?brand=con-a").json().getJsonArray("items").stream()
        .map(JsonObject.class::cast).filter(i -> i.getJsonObject("comment").getString("id").equals("m1")).findFirst().orElseThrow();
    String rule = item.getJsonArray("rules").getString(0);

    signIn(manager);
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-comment='m1']")));
    assertThat(row.getText()).contains(ANGRY, "@carol", "negative", rule);
    screenshot("inbox");

    row.click();
    browser.findElement(By.id("claim")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("reply-text"))).sendKeys("So sorry, Carol. We are on it.");
    screenshot("inbox-claimed");
    // a complaint arriving while the reply is typed refreshes the inbox, and leaves the reply alone
    service.ingest(comment("con-a", "m2", "Terrible experience again, rude staff."));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-comment='m2']")));
    Thread.sleep(1000);
    assertThat(browser.findElement(By.id("reply-text")).getDomProperty("value")).isEqualTo("So sorry, Carol. We are on it.");
    browser.findElement(By.id("send-reply")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-comment='m1']")));

    assertThat(service.get("/v1/comments/con-a/twitter/m1").json().getString("status")).isEqualTo("replied");
    assertThat(service.get("/v1/comments/con-a/twitter/m0").json().getString("status")).isEqualTo("queued");
    JsonArray outbox = service.get("/v1/outbox?brand=con-a").json().getJsonArray("events");
    assertThat(outbox.getJsonObject(outbox.size() - 1).getString("text")).isEqualTo("So sorry, Carol. We are on it.");
  }

  @Test
  void managerAnswersWithASavedReplyNotesTheItemAndAssignsIt() throws Exception {
    // a brand of its own: the other tests' items do not get in the way
    String mia = service.post("/v1/keys", new JsonObject().put("role", "manager").put("name", "Mia").put("brands", new JsonArray().add("con-t")))
        .json().getString("key");
    service.post("/v1/replies", new JsonObject().put("brand", "con-t").put("name", "Apology").put("text", "Hi {{author.handle}}, we are sorry."));
    service.ingest(comment("con-t", "t1", ANGRY).put("author", new JsonObject().put("handle", "@dana").put("followers", 250_000)));

    signIn(mia);
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-comment='t1']")));
    assertThat(row.getText()).as("the handle once, with one @, and marked as influential").contains("@dana ★").doesNotContain("@@");
    row.click();
    browser.findElement(By.id("claim")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("saved-reply")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("saved-reply"))).selectByVisibleText("Apology");
    assertThat(browser.findElement(By.id("reply-text")).getDomProperty("value")).isEqualTo("Hi @dana, we are sorry.");
    screenshot("inbox-saved-reply");
    browser.findElement(By.id("send-reply")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-comment='t1']")));
    JsonArray outbox = service.get("/v1/outbox?brand=con-t").json().getJsonArray("events");
    assertThat(outbox.getJsonObject(outbox.size() - 1).getString("text")).isEqualTo("Hi @dana, we are sorry.");

    service.ingest(comment("con-t", "t2", ANGRY + " Still waiting."));
    String queue = service.get("/v1/comments/con-t/twitter/t2").json().getString("queue");
    click(By.cssSelector("li[data-queue='" + queue + "']"));
    click(By.cssSelector("tr[data-comment='t2']"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("note-text"))).sendKeys("Called her back; refund on the way");
    browser.findElement(By.id("add-note")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "Mia: Called her back"));
    browser.findElement(By.id("assign-to")).clear();
    browser.findElement(By.id("assign-to")).sendKeys("Omar");
    browser.findElement(By.id("assign")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assigned"), "Assigned to Omar"));
    screenshot("inbox-team");
    JsonObject queued = service.get("/v1/queues/" + queue + "/items?brand=con-t&assignedTo=Omar").json().getJsonArray("items")
        .getJsonObject(0);
    assertThat(queued.getJsonArray("notes").getJsonObject(0).getString("text")).isEqualTo("Called her back; refund on the way");
  }

  @Test
  void managerWorksAnIncidentInBulkWithAPersonalisedSavedReplyOnAnEightHundredPixelScreen() throws Exception {
    String mia = service.post("/v1/keys", new JsonObject().put("role", "manager").put("name", "Mia").put("brands", new JsonArray().add("con-c")))
        .json().getString("key");
    service.post("/v1/replies", new JsonObject().put("brand", "con-c").put("name", "Holding")
        .put("text", "Hi {{author.handle}}, we know about the checkout outage and are fixing it."));
    Instant start = Instant.now().minusSeconds(200);
    JsonObject[] surge = new JsonObject[25];
    for (int i = 0; i < surge.length; i++) {
      surge[i] = comment("con-c", "c" + i, "This is terrible, the checkout is broken again and I cannot pay. Awful. #" + i)
          .put("createdAt", start.plusSeconds(i * 6L).toString()).put("author", new JsonObject().put("handle", "fan" + i));
    }
    service.ingest(surge);
    service.ingest(comment("con-c", "q1", "How do I change my delivery address?").put("author", new JsonObject().put("handle", "quinn")));
    wait.until(d -> !service.get("/v1/crises?brand=con-c").json().getJsonArray("crises").isEmpty());

    browser.manage().window().setSize(new org.openqa.selenium.Dimension(800, 1000));
    signIn(mia);
    click(By.id("nav-crisis"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident-terms"), "checkout"));
    assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("nothing scrolls sideways at 800 px").isTrue();
    assertThat(browser.findElements(By.cssSelector("#incident-comments li[data-comment] .open-item"))).hasSizeGreaterThanOrEqualTo(20);

    // closing every item asks first; cancelling closes nothing
    click(By.id("resolve-all"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolve-all-question"))).getText()).contains("without a reply");
    click(By.id("resolve-all-cancel"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolve-all")));
    assertThat(service.get("/v1/comments/con-c/twitter/c0").json().getString("status")).isEqualTo("queued");

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("bulk-saved"))).selectByVisibleText("Holding");
    click(By.id("reply-all"));
    WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bulk-preview")));
    assertThat(preview.getText()).matches("Hi @fan\\d+, we know about the checkout outage and are fixing it\\.");
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('bulk').scrollIntoView()");
    screenshot("crisis-bulk-reply");
    click(By.id("reply-all-confirm"));
    wait.until(d -> service.get("/v1/outbox?brand=con-c").json().getJsonArray("events").stream()
        .filter(e -> ((JsonObject) e).getString("type").equals("reply")).count() >= 20);

    JsonArray outbox = service.get("/v1/outbox?brand=con-c").json().getJsonArray("events");
    for (Object e : outbox) {
      JsonObject event = (JsonObject) e;
      if (!event.getString("type").equals("reply")) continue;
      String id = event.getString("commentId");
      assertThat(id).as("only the incident's comments are answered").startsWith("c");
      assertThat(event.getString("text")).isEqualTo("Hi @fan" + id.substring(1) + ", we know about the checkout outage and are fixing it.");
    }
    assertThat(service.get("/v1/comments/con-c/twitter/q1").json().getString("status")).as("an unrelated question keeps its queue")
        .isEqualTo("queued");

    // a search hit waiting in a queue is claimed from the search and opens in the inbox
    click(By.id("nav-search"));
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results tr[data-comment='q1']")));
    row.findElement(By.cssSelector("button.claim-item")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-text"), "change my delivery address"));
    screenshot("inbox-narrow");
    assertThat(service.get("/v1/comments/con-c/twitter/q1").json().getString("queue")).isEqualTo("questions");
    String itemId = service.get("/v1/comments/con-c/twitter/q1").json().getString("itemId");
    assertThat(service.get("/v1/queues/questions/items?brand=con-c").json().getJsonArray("items").stream()
        .map(JsonObject.class::cast).filter(i -> i.getString("itemId").equals(itemId)).findFirst().orElseThrow()
        .getString("claimedBy")).isEqualTo("Mia");
  }

  @Test
  void strategistUploadsARuleFileWithAnErrorAndSeesItAtItsLine() throws Exception {
    signIn(strategist);
    // a strategist lands on the rules, told whose set runs
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("active-set"))).getText())
        .startsWith("con-a runs the default rule set: version ");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rule-editor .ace_content")));
    browser.findElement(By.id("run-scenarios")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scenario-summary"))).getText()).endsWith(" 0 failed");
    Path broken = data.resolve("broken.drl");
    Files.writeString(broken, """
        package crisisdesk
        import dev.crisisdesk.facts.Comment
        global dev.crisisdesk.facts.Actions actions
        rule "Typo"
        when $c : Comment( folowers > 10 )
        then actions.flag($c, "typo");
        end
        """);
    browser.findElement(By.id("upload")).sendKeys(broken.toAbsolutePath().toString());

    WebElement finding = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#findings li")));
    assertThat(finding.getText()).startsWith("broken.drl:5:20: ").contains("did you mean 'author.followers'?");
    assertThat(errorLines()).contains("5");
    assertThat(editorText()).contains("folowers");
    screenshot("rules-error");
    assertThat(service.get("/v1/rules/versions?brand=con-a").json().getJsonArray("versions")).as("nothing stored").isEmpty();
  }

  @Test
  void theRuleEditorHighlightsCompletesMarksErrorsAsYouTypeAndShowsTheDiffBeforeSaving() throws Exception {
    // a brand of its own: what this test stores does not reach the other tests
    signIn(service.post("/v1/keys", new JsonObject().put("role", "strategist").put("name", "Sam").put("brands", new JsonArray().add("con-e")))
        .json().getString("key"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rule-editor .ace_content")));
    // DRL is highlighted by the editor's Drools mode: keywords carry their own class
    wait.until(d -> ((List<?>) ((JavascriptExecutor) d).executeScript(
        "return [...document.querySelectorAll('#rule-editor .ace_keyword')].map(k => k.textContent)")).containsAll(List.of("rule", "when", "then", "end")));
    int lines = ((Long) ((JavascriptExecutor) browser).executeScript("return ace.edit('rule-editor').session.getLength()")).intValue();

    // typing a misspelled property at the end of the file: the error is marked in the gutter without pressing Validate
    ((JavascriptExecutor) browser).executeScript("const e = ace.edit('rule-editor'); e.focus(); e.navigateFileEnd();");
    WebElement input = browser.findElement(By.cssSelector("#rule-editor textarea.ace_text-input"));
    input.sendKeys("\nrule \"Typed\"\nwhen\n  $t : Comment( folowers > 3 )\nthen\n  actions.flag($t, \"typed\");\nend\n");
    wait.until(d -> errorLines().contains(String.valueOf(lines + 3)));
    assertThat(browser.findElement(By.cssSelector("#findings li")).getText()).contains("did you mean 'author.followers'?");

    // clicking the error puts the cursor on it
    ((JavascriptExecutor) browser).executeScript("ace.edit('rule-editor').navigateFileStart()");
    browser.findElement(By.cssSelector("#findings li")).click();
    assertThat(((Long) ((JavascriptExecutor) browser).executeScript("return ace.edit('rule-editor').getCursorPosition().row")).intValue() + 1)
        .isEqualTo(lines + 3);

    // completion: inside a Comment pattern the editor offers its properties; after "actions." the actions
    ((JavascriptExecutor) browser).executeScript("const e = ace.edit('rule-editor'); e.focus(); e.navigateFileEnd();");
    input.sendKeys("rule \"Completed\"\nwhen\n  $u : Comment( needsR");
    wait.until(d -> completions().contains("needsReply"));
    input.sendKeys(Keys.ESCAPE);
    input.sendKeys(" > 0.5 )\nthen\n  actions.fl");
    wait.until(d -> completions().contains("flag(Comment, String)"));
    input.sendKeys(Keys.ESCAPE);
    screenshot("rules-editor");

    // saving shows the change against the active version first, and stores nothing until confirmed
    ((JavascriptExecutor) browser).executeScript("ace.edit('rule-editor').setValue(ace.edit('rule-editor').getValue().split('\\nrule \"Typed\"')[0] + '\\n// reviewed by Sam\\n', 1)");
    click(By.id("save-activate"));
    WebElement diff = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rules-review pre.diff")));
    assertThat(diff.findElements(By.cssSelector(".added"))).extracting(WebElement::getText).contains("+ // reviewed by Sam");
    assertThat(service.get("/v1/rules/versions?brand=con-e").json().getJsonArray("versions")).as("nothing stored yet").isEmpty();
    click(By.id("confirm-save"));
    wait.until(d -> !service.get("/v1/rules/versions?brand=con-e").json().getJsonArray("versions").isEmpty());
  }

  @Test
  void integratorsExploreTheApiFromItsOwnDescription() {
    browser.get(base() + "/console/api.html");
    wait.until(d -> d.findElements(By.cssSelector(".opblock-summary-path")).stream().map(WebElement::getText)
        .anyMatch(path -> path.replace("\u200b", "").equals("/v1/comments")));
    assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).startsWith("crisisdesk");
  }

  private List<String> errorLines() {
    return browser.findElements(By.cssSelector("#rule-editor .ace_gutter-cell.ace_error")).stream().map(WebElement::getText).map(String::strip).toList();
  }

  /** The text of the completion popup, or "" while none is open. */
  private String completions() {
    return (String) ((JavascriptExecutor) browser).executeScript(
        "const p = document.querySelector('.ace_autocomplete'); return p && getComputedStyle(p).display !== 'none' ? p.textContent : ''");
  }

  private String editorText() {
    return (String) ((JavascriptExecutor) browser).executeScript("return ace.edit('rule-editor').getValue()");
  }

  @Test
  void burstOfAngryCommentsRaisesTheCrisisBannerAndTheCrisisViewShowsTheIncident() throws Exception {
    signIn(manager);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("items")));
    Instant start = Instant.now().minusSeconds(300);
    JsonObject[] burst = new JsonObject[30];
    for (int i = 0; i < burst.length; i++) {
      burst[i] = comment("con-a", "b" + i, ANGRY + " #" + i).put("createdAt", start.plusSeconds(i * 5L).toString())
          .put("author", new JsonObject().put("handle", "angry" + i));
    }
    service.ingest(burst);

    WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("banner")));
    assertThat(banner.getText()).startsWith("Crisis (").contains("con-a");
    screenshot("crisis-banner");
    banner.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("minute-chart")));
    assertThat(browser.findElements(By.cssSelector("#minute-chart rect"))).isNotEmpty();
    assertThat(browser.findElement(By.id("incident")).getText()).contains("Negative spike");
    screenshot("crisis");

    browser.findElement(By.id("nav-kpis")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-chart")));
    screenshot("kpis");
    browser.findElement(By.id("nav-search")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results tr[data-comment='b3']")));
    browser.findElement(By.id("search-author")).sendKeys("angry3");
    browser.findElement(By.id("search-go")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results tr[data-comment]"), 1));
    screenshot("search");
  }

  @Test
  void managerFindsAHiddenCommentSeesWhyAndSendsItToAQueue() throws Exception {
    service.ingest(comment("con-a", "spam1", "Get free followers now at http://spam.example.com"));
    assertThat(service.get("/v1/comments/con-a/twitter/spam1").json().getString("status")).isEqualTo("hidden");

    signIn(manager);
    browser.findElement(By.id("nav-search")).click();
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results tr[data-comment='spam1']")));
    assertThat(row.getText()).contains("hidden", "hide: spam");
    new org.openqa.selenium.support.ui.Select(row.findElement(By.cssSelector("select"))).selectByVisibleText("complaints");
    row.findElement(By.cssSelector("button.route")).click();
    wait.until(d -> service.get("/v1/comments/con-a/twitter/spam1").json().getString("status").equals("queued"));
    screenshot("search-routed");

    JsonArray outbox = service.get("/v1/outbox?brand=con-a").json().getJsonArray("events");
    assertThat(outbox.stream().map(JsonObject.class::cast).filter(e -> e.getString("commentId").equals("spam1")))
        .extracting(e -> e.getString("type")).containsExactly("hide", "unhide");
    assertThat(service.get("/v1/comments/con-a/twitter/spam1").json().getString("queue")).isEqualTo("complaints");
  }

  @Test
  void badKeyIsRefusedAndEachRoleSeesOnlyItsViews() {
    browser.get(base() + "/console/");
    browser.findElement(By.id("key")).sendKeys("not-a-key");
    browser.findElement(By.id("signin-button")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error"))).getText()).contains("not valid");

    signIn(key("ingest", "Ivy"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-search")));
    assertThat(browser.findElements(By.cssSelector("#nav button"))).extracting(WebElement::getText).containsExactly("Search");
    browser.findElement(By.id("signout")).click();
    signIn(strategist);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-rules")));
    assertThat(browser.findElements(By.cssSelector("#nav button"))).extracting(WebElement::getText)
        .containsExactly("Inbox", "Crisis", "KPIs", "Rules", "Search");
    assertThat(browser.findElements(By.id("claim-next"))).allSatisfy(b -> assertThat(b.isEnabled()).isFalse());
  }

  private void signIn(String key) {
    browser.get(base() + "/console/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key"))).sendKeys(key);
    browser.findElement(By.id("signin-button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signout")));
  }

  /** Clicks what the locator finds, finding it again if the live refresh redrew it in between. */
  private void click(By locator) {
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
      driver.findElement(locator).click();
      return true;
    });
  }

  private void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String base() {
    return "http://127.0.0.1:" + service.app().port();
  }

  private static String key(String role, String name) {
    return service.post("/v1/keys", new JsonObject().put("role", role).put("name", name).put("brands", new JsonArray(List.of("con-a"))))
        .json().getString("key");
  }
}
