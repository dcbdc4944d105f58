package dev.newsclaims.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.local.Chromium;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.FunctionProcess;
import dev.newsclaims.local.LambdaRuntimeApi;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalApiGateway;
import dev.newsclaims.local.LocalPaths;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The viewer page in a real browser (Chromium through Selenium), served by the deployable
 * target/function.zip running as the API function under the Lambda runtime interface client, behind the
 * local HTTP front, against S3Proxy and dynalite. Every expectation is read from the API's own answers
 * (the stored summary, the speaker search, the claims page), never written down for one article.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PageBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** Made up: three speakers, direct and reported speech, pronouns that refer back to a speaker. */
    static final String ARTICLE = """
            Harbour council approves a ferry line to the outer islands

            PORTVALE, 3 March - The harbour council approved a ferry line to the outer islands on Tuesday after a long debate.

            "This route will carry four hundred commuters a day," said Mayor Elena Brandt. She added that the first boat would sail in May.

            Tomas Okafor, the council's treasurer, said the budget could absorb the cost of two boats. "We have set aside the money already," he told reporters.

            Critics were not convinced. "The fares are far too high for families on the islands," said Ruth Lindqvist, who leads the island residents' association.

            Brandt said the council would review the fares after one year.
            """;

    private static LocalAws aws;
    private static LambdaRuntimeApi apiRuntime;
    private static LambdaRuntimeApi articleRuntime;
    private static FunctionProcess apiFunction;
    private static FunctionProcess articleFunction;
    private static LocalApiGateway http;
    private static String url;
    private static WebDriver browser;
    private static HttpClient client;
    private static Path screenshots;
    private static Path taskRoot;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start(Chromium.freshProfile());
        aws = LocalAws.startTransient();
        Path target = LocalPaths.projectRoot().resolve("target");
        taskRoot = FunctionProcess.unzip(target.resolve("function.zip"), target.resolve("page-it"));
        apiRuntime = new LambdaRuntimeApi();
        apiFunction = startFunction(apiRuntime, "api", "page-it-api");
        // Longer than API Gateway's 29 s: the long article's post on a loaded test machine may take longer.
        http = new LocalApiGateway(apiRuntime, 0, Duration.ofMinutes(2));
        url = "http://127.0.0.1:" + http.port();
        client = HttpClient.newHttpClient();
        screenshots = Files.createDirectories(target.resolve("page-screenshots"));
    }

    private static FunctionProcess startFunction(LambdaRuntimeApi runtime, String handler, String log) throws Exception {
        Map<String, String> env = new HashMap<>(aws.functionEnvironment());
        env.put("QUARKUS_LAMBDA_HANDLER", handler);
        env.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return FunctionProcess.start(taskRoot, LocalPaths.projectRoot().resolve("target/lambda-runtime"), runtime.address(), env,
                List.of("-Xmx512m"), Files.createTempFile(log, ".log"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (AutoCloseable c : new AutoCloseable[] {http, apiFunction, articleFunction, apiRuntime, articleRuntime, aws}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @AfterEach
    void desktopSize() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static JsonNode apiJson(String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void open(String hash) {
        browser.get(url + "/" + hash);
        // A new hash on the same document only fires hashchange; reloading makes every test start afresh.
        browser.navigate().refresh();
    }

    private static JsonNode postThroughPage() throws Exception {
        return postThroughPage(ARTICLE);
    }

    /** Posts an article through the page's form; returns the stored summary as the API gives it. */
    private static JsonNode postThroughPage(String article) throws Exception {
        open("#/article");
        WebElement text = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("post-text")));
        js("arguments[0].value = arguments[1];", text, article);
        browser.findElement(By.id("post-button")).click();
        waiting().until(ExpectedConditions.textMatches(By.id("article-status"), java.util.regex.Pattern.compile("Showing \\d+ claims")));
        String hash = (String) js("return location.hash;");
        assertThat(hash).matches("#/article/[0-9a-f]{32}");
        return apiJson("/summaries/" + hash.substring("#/article/".length()));
    }

    private static List<WebElement> marks() {
        return browser.findElements(By.cssSelector("#article-text mark.claim"));
    }

    private static String prop(WebElement e, String name) {
        return e.getDomProperty(name);
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }

    private static String field(String name) {
        return browser.findElement(By.cssSelector("#claim-details dd[data-field='" + name + "']")).getText();
    }

    // ---- tests ------------------------------------------------------------------------------------

    @Test
    void aPostedArticleShowsEveryClaimInItsSpeakersColourAndInitials() throws Exception {
        JsonNode summary = postThroughPage();
        JsonNode claims = summary.get("claims");
        assertThat(claims.size()).as("the made-up article has claims of several speakers").isGreaterThanOrEqualTo(3);

        List<WebElement> marks = marks();
        assertThat(marks).hasSize(claims.size());
        List<JsonNode> byStart = new ArrayList<>();
        claims.forEach(byStart::add);
        // Document order: by start, a claim before the claims nested in it.
        byStart.sort((a, b) -> a.get("start").asInt() != b.get("start").asInt()
                ? Integer.compare(a.get("start").asInt(), b.get("start").asInt())
                : Integer.compare(b.get("end").asInt(), a.get("end").asInt()));
        Map<String, String> colourOf = new HashMap<>();
        Map<String, String> cueOf = new HashMap<>();
        for (int i = 0; i < marks.size(); i++) {
            WebElement mark = marks.get(i);
            JsonNode claim = byStart.get(i);
            assertThat(prop(mark, "textContent")).isEqualTo(claim.get("text").asText());
            String speaker = claim.get("speaker").isNull() ? "" : claim.get("speaker").asText();
            assertThat(mark.getDomAttribute("data-speaker")).isEqualTo(speaker);
            String colour = mark.getCssValue("background-color");
            String initials = mark.getDomAttribute("data-initials");
            String line = mark.getCssValue("text-decoration-style");
            // One colour per speaker, and a second cue besides colour: the initials (and the underline's style).
            assertThat(colourOf.putIfAbsent(speaker, colour)).isIn(null, colour);
            assertThat(cueOf.putIfAbsent(speaker, initials + " " + line)).isIn(null, initials + " " + line);
            assertThat(js("return getComputedStyle(arguments[0], '::after').content;", mark)).isEqualTo("\"" + initials + "\"");
        }
        assertThat(new HashSet<>(colourOf.values())).as("speakers' colours").hasSize(colourOf.size());
        assertThat(new HashSet<>(cueOf.values())).as("speakers' second cue").hasSize(cueOf.size());

        List<String> listed = browser.findElements(By.cssSelector("#speaker-list li[data-speaker]")).stream()
                .map(li -> li.getDomAttribute("data-speaker")).toList();
        List<String> stored = new ArrayList<>();
        summary.get("speakers").forEach(s -> stored.add(s.get("name").asText()));
        assertThat(listed).isEqualTo(stored);
        for (JsonNode s : summary.get("speakers")) {
            String item = browser.findElement(By.cssSelector("#speaker-list li[data-speaker='" + s.get("name").asText() + "']")).getText();
            assertThat(item).endsWith(s.get("claims").asInt() + (s.get("claims").asInt() == 1 ? " claim" : " claims"));
        }
        List<String> sentences = browser.findElements(By.cssSelector("#summary-list li")).stream().map(WebElement::getText).toList();
        List<String> storedSummary = new ArrayList<>();
        summary.get("summary").forEach(s -> storedSummary.add(s.asText()));
        assertThat(sentences).isEqualTo(storedSummary);
        String bold = String.join("", browser.findElements(By.cssSelector("#article-text .sum")).stream()
                .map(e -> prop(e, "textContent")).toList());
        assertThat(bold.length()).isEqualTo(storedSummary.stream().mapToInt(String::length).sum());
        assertThat(browser.findElements(By.cssSelector("#entity-list li"))).hasSize(summary.get("entities").size());
        screenshot("article");
    }

    @Test
    void selectingAClaimShowsItsDetailsAndTheMentionItWasResolvedFrom() throws Exception {
        JsonNode summary = postThroughPage();
        JsonNode chosen = null;
        for (JsonNode c : summary.get("claims")) {
            JsonNode m = c.get("mention");
            if (m != null && !m.isNull() && !m.get("text").asText().equals(c.get("speaker").asText())
                    && !inAnyClaim(summary, m.get("start").asInt(), m.get("end").asInt())) {
                chosen = c;
                break;
            }
        }
        assertThat(chosen).as("a claim whose speaker is named by a mention outside the claims").isNotNull();
        WebElement mark = browser.findElement(By.cssSelector("mark.claim[data-start='" + chosen.get("start").asInt() + "']"));

        mark.click();

        assertThat(mark.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(field("speaker")).isEqualTo(chosen.get("speaker").asText());
        assertThat(field("kind")).isEqualTo(chosen.get("kind").asText());
        assertThat(field("act")).isEqualTo(chosen.get("act").asText());
        assertThat(field("cue")).isEqualTo(chosen.get("cue").asText());
        assertThat(field("confidence")).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", chosen.get("confidence").asDouble()));
        JsonNode speaker = null;
        for (JsonNode s : summary.get("speakers")) {
            if (s.get("name").asText().equals(chosen.get("speaker").asText())) {
                speaker = s;
            }
        }
        if (speaker != null && speaker.hasNonNull("role")) {
            assertThat(field("role")).isEqualTo(speaker.get("role").asText());
        }
        List<WebElement> active = browser.findElements(By.cssSelector("#article-text .mention.active"));
        assertThat(active).hasSize(1);
        assertThat(prop(active.get(0), "textContent")).isEqualTo(chosen.at("/mention/text").asText());
        assertThat(active.get(0).getCssValue("background-color")).isNotEqualTo(
                browser.findElement(By.id("article-text")).getCssValue("background-color"));
        screenshot("claim-selected");
    }

    private static boolean inAnyClaim(JsonNode summary, int start, int end) {
        for (JsonNode c : summary.get("claims")) {
            if (start < c.get("end").asInt() && c.get("start").asInt() < end) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theArticleViewWorksByKeyboardAlone() throws Exception {
        JsonNode summary = postThroughPage();
        open("#/article/" + summary.get("id").asText());
        waiting().until(ExpectedConditions.textMatches(By.id("article-status"), java.util.regex.Pattern.compile("Showing")));
        js("document.activeElement && document.activeElement.blur(); window.focus();");
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("the first stop skips to the content").isEqualTo("skip-link");
        WebElement focused = null;
        for (int i = 0; i < 40 && focused == null; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement active = browser.switchTo().activeElement();
            if (active.getTagName().equals("mark")) {
                focused = active;
            }
        }
        assertThat(focused).as("a claim is reached with Tab").isNotNull();
        JsonNode first = claimAt(summary, Integer.parseInt(focused.getDomAttribute("data-start")));
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(field("speaker")).isEqualTo(first.get("speaker").isNull() ? "— (the article's own statement)" : first.get("speaker").asText());

        keys.sendKeys(Keys.TAB).perform();
        WebElement next = browser.switchTo().activeElement();
        assertThat(next.getTagName()).as("the next Tab stop is the next claim").isEqualTo("mark");
        keys.sendKeys(Keys.SPACE).perform();
        JsonNode second = claimAt(summary, Integer.parseInt(next.getDomAttribute("data-start")));
        assertThat(next.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(focused.getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(browser.findElement(By.cssSelector("#claim-details blockquote")).getText()).isEqualTo(second.get("text").asText());
        assertThat(next.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");

        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.findElements(By.cssSelector("#claim-details dd"))).isEmpty();
    }

    private static JsonNode claimAt(JsonNode summary, int start) {
        for (JsonNode c : summary.get("claims")) {
            if (c.get("start").asInt() == start) {
                return c;
            }
        }
        throw new AssertionError("no claim starts at " + start);
    }

    @Test
    void at360PixelsNothingScrollsSideways() throws Exception {
        JsonNode summary = postThroughPage();
        browser.manage().window().setSize(new Dimension(360, 800));
        open("#/article/" + summary.get("id").asText());
        waiting().until(ExpectedConditions.textMatches(By.id("article-status"), java.util.regex.Pattern.compile("Showing")));
        assertThat(((Number) js("return window.innerWidth;")).intValue()).as("the viewport is narrow").isLessThanOrEqualTo(360);
        assertNoSidewaysScroll();
        assertThat(marks()).hasSize(summary.get("claims").size());
        screenshot("article-360");

        String speaker = summary.at("/speakers/0/name").asText();
        open("#/speaker/" + URLEncoder.encode(speaker, StandardCharsets.UTF_8).replace("+", "%20"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("speaker-claims")));
        assertNoSidewaysScroll();
        open("#/speakers");
        assertNoSidewaysScroll();
    }

    private static void assertNoSidewaysScroll() {
        long scroll = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        long width = ((Number) js("return document.documentElement.clientWidth;")).longValue();
        assertThat(scroll).as("page width at %d px", width).isLessThanOrEqualTo(width);
    }

    @Test
    void anApiErrorIsShownInWordsFromItsProblem() throws Exception {
        open("#/article/not-a-summary-id");
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        JsonNode problem = apiJson("/summaries/not-a-summary-id");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(error.getText()).isEqualTo(problem.get("title").asText() + ": " + problem.get("detail").asText());
        assertThat(error.getDomAttribute("role")).isEqualTo("alert");

        // A refusal of a post: an article in another language.
        String french = "Le conseil municipal a approuvé mardi la construction d'une nouvelle passerelle au-dessus de la rivière,"
                + " a déclaré la maire. Les travaux commenceront au printemps et dureront deux ans selon les services techniques.";
        open("#/article");
        WebElement text = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("post-text")));
        js("arguments[0].value = arguments[1];", text, french);
        browser.findElement(By.id("post-button")).click();
        WebElement refusal = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        HttpResponse<String> direct = client.send(HttpRequest.newBuilder(URI.create(url + "/summaries"))
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(french)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode posted = JSON.readTree(direct.body());
        assertThat(direct.statusCode()).isEqualTo(422);
        assertThat(refusal.getText()).isEqualTo(posted.get("title").asText() + ": " + posted.get("detail").asText());
    }

    @Test
    void aSpeakerIsFoundAndTheirClaimsShownWithAChartPerDay() throws Exception {
        JsonNode summary = postThroughPage();
        String name = null;
        for (JsonNode s : summary.get("speakers")) {
            if (s.get("type").asText().equals("person")) {
                name = s.get("name").asText();
                break;
            }
        }
        assertThat(name).as("a person speaks in the made-up article").isNotNull();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        String q = surname.substring(0, Math.min(4, surname.length())).toLowerCase(java.util.Locale.ROOT);
        open("#/speakers");
        WebElement box = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-q")));
        box.sendKeys(q, Keys.ENTER);
        waiting().until(ExpectedConditions.textMatches(By.id("speakers-status"), java.util.regex.Pattern.compile("speaker")));
        JsonNode found = apiJson("/speakers?q=" + q + "&limit=50");
        List<String> shown = browser.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText).toList();
        List<String> expected = new ArrayList<>();
        found.get("speakers").forEach(s -> expected.add(s.get("name").asText()));
        assertThat(shown).isEqualTo(expected).contains(name);

        browser.findElement(By.linkText(name)).click();
        waiting().until(ExpectedConditions.textToBe(By.id("speaker-name"), name));
        JsonNode page = apiJson("/speakers/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/claims?limit=20");
        waiting().until(d -> d.findElements(By.cssSelector("#speaker-claims > li")).size() == page.get("claims").size());
        List<WebElement> bars = browser.findElements(By.cssSelector("#speaker-chart svg rect.bar"));
        assertThat(bars).hasSize(page.get("days").size()).isNotEmpty();
        Set<String> barDays = new HashSet<>();
        bars.forEach(b -> barDays.add(b.getDomAttribute("data-date") + "=" + b.getDomAttribute("data-claims")));
        Set<String> apiDays = new HashSet<>();
        page.get("days").forEach(d -> apiDays.add(d.get("date").asText() + "=" + d.get("claims").asText()));
        assertThat(barDays).isEqualTo(apiDays);
        assertThat(browser.findElement(By.cssSelector("#speaker-chart svg")).getDomAttribute("aria-label")).startsWith("Claims per day");
        screenshot("speaker");

        // The act filter asks the API for speech only; the page shows what it answers.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-act"))).selectByValue("thought");
        browser.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
        JsonNode thoughts = apiJson("/speakers/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                + "/claims?act=thought&limit=20");
        waiting().until(d -> ((String) js("return location.hash;")).contains("act=thought"));
        waiting().until(d -> d.findElements(By.cssSelector("#speaker-claims > li")).size() == thoughts.get("claims").size());

        // Each claim links to its article, with the claim selected.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-act"))).selectByValue("");
        browser.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
        waiting().until(d -> !((String) js("return location.hash;")).contains("act="));
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#speaker-claims > li a")));
        link.click();
        WebElement selected = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.claim.selected")));
        assertThat(selected.getDomAttribute("data-speaker")).isEqualTo(name);
        assertThat(field("speaker")).isEqualTo(name);
    }

    @Test
    void anS3ArticleOpensByItsIdWithItsTextReadAgainFromTheBucket() throws Exception {
        String key = "page-it/quarry.html";
        String html = "<html><head><title>Quarry road to close for repairs</title></head><body><nav>Home | Local</nav>"
                + "<p>The county will close the quarry road for bridge repairs on Friday, officials said.</p>"
                + "<p>\u201cThe bridge needs new bearings before the winter,\u201d said county engineer Mirela Dosti. She said the"
                + " detour through Eastfield would add ten minutes.</p><p>Farmer Jonas Weller said he feared the detour would cost"
                + " him a day a week.</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        try (var s3 = aws.s3Client()) {
            s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/html; charset=utf-8"), RequestBody.fromBytes(bytes));
        }
        articleRuntime = new LambdaRuntimeApi();
        articleFunction = startFunction(articleRuntime, "s3", "page-it-s3");
        LambdaRuntimeApi.Result result = articleRuntime.invoke(Events.s3Put("page-it/quarry.html", bytes.length, "00A1"), WAIT);
        assertThat(result.error()).as(result.body()).isFalse();
        JsonNode outcome = JSON.readTree(result.body()).at("/results/0");
        assertThat(outcome.get("outcome").asText()).isEqualTo("summarized");
        String id = outcome.get("summaryId").asText();
        JsonNode summary = apiJson("/summaries/" + id);

        open("#/article");
        WebElement idBox = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("open-id")));
        idBox.sendKeys(id, Keys.ENTER);
        waiting().until(ExpectedConditions.textMatches(By.id("article-status"), java.util.regex.Pattern.compile("Showing \\d+ claims")));

        assertThat(marks()).hasSize(summary.get("claims").size()).isNotEmpty();
        String shown = prop(browser.findElement(By.id("article-text")), "textContent");
        assertThat(shown).doesNotContain("<p>").doesNotContain("Home | Local").contains("quarry road");
        assertThat(browser.findElement(By.id("article-meta")).getText()).contains("s3://articles/" + key);
        for (JsonNode c : summary.get("claims")) {
            assertThat(shown.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
        }
    }

    /** Made up: many paragraphs, each a quotation and a reported claim of its own speaker. */
    static String longArticle(int paragraphs) {
        String[] first = {"Anna", "Bruno", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaja", "Lorenz"};
        String[] last = {"Aalto", "Berger", "Castell", "Dunmore", "Esposito", "Falk", "Gruber", "Hollis", "Ivers", "Jansen",
            "Kovacs", "Lindahl", "Moreau", "Novak", "Ortega"};
        StringBuilder text = new StringBuilder("Ferry council hears every islander\n\n");
        for (int i = 0; i < paragraphs; i++) {
            String name = first[i % first.length] + " " + last[(i / first.length) % last.length];
            text.append('"').append("Route ").append(i).append(" should stop at the north pier before noon,\" said ").append(name)
                    .append(", who spoke for the harbour ward. ").append(i % 2 == 0 ? "She" : "He")
                    .append(" added that the timetable for route ").append(i).append(" needed a second boat in summer.\n\n");
        }
        return text.toString();
    }

    @Test
    void aLongArticleIsMarkedWholeAndStaysUsable() throws Exception {
        String text = longArticle(1_500);
        assertThat(text.length()).isGreaterThan(250_000);
        JsonNode summary = postThroughPage(text);
        assertThat(summary.get("claims").size()).isGreaterThan(1_500);

        assertThat(marks()).hasSize(summary.get("claims").size());
        WebElement last = marks().get(marks().size() - 1);
        js("arguments[0].scrollIntoView();", last);
        last.click();
        assertThat(last.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("#claim-details blockquote")).getText()).isEqualTo(prop(last, "textContent"));
        Object renderMs = js("const m = performance.getEntriesByName('article-render'); return m.length ? m[m.length - 1].duration : -1;");
        System.out.printf("page: %d characters, %d claims marked in %.0f ms (Chromium, headless)%n", text.length(),
                summary.get("claims").size(), ((Number) renderMs).doubleValue());
    }

    /** Made up: one remark, quoted word for word by two outlets that credit it to two different people. */
    static final String LOCKS_REMARK = "We will keep the eastern locks open for every barge until the autumn floods";
    static final String LOCKS_FIRST = """
            Canal board agrees to keep the eastern locks open

            MILLBROOK, 4 May - The canal board voted on Monday to delay the closure of the eastern locks.

            "%s," said Hanna Vestergaard, who chairs the canal board. She said repairs would wait until the winter.
            """.formatted(LOCKS_REMARK);
    static final String LOCKS_SECOND = """
            Barge owners cheer a reprieve for the eastern locks

            Barge owners on the Millbrook canal welcomed the decision. "%s," said Piotr Albrecht, the harbour master.
            Owners had feared a summer without the shortest route to the coast.
            """.formatted(LOCKS_REMARK);

    @Test
    void aQuotationCreditedToTwoPeopleIsFoundWithItsAppearancesAndMarkedAsAConflict() throws Exception {
        JsonNode first = postThroughPage(LOCKS_FIRST);
        JsonNode second = postThroughPage(LOCKS_SECOND);
        String quoteId = quoteIdOf(first, "eastern locks open");
        assertThat(quoteId).as("the remark belongs to a quotation group").isNotNull();
        assertThat(quoteIdOf(second, "eastern locks open")).isEqualTo(quoteId);
        JsonNode search = apiJson("/quotes?text=" + queryWords(LOCKS_REMARK));
        JsonNode found = null;
        for (JsonNode q : search.get("quotes")) {
            if (q.get("id").asText().equals(quoteId)) {
                found = q;
            }
        }
        assertThat(found).as("the search finds the group").isNotNull();
        JsonNode group = apiJson("/quotes/" + quoteId);
        assertThat(group.get("count").asInt()).as("both articles quote the remark").isEqualTo(2);
        assertThat(group.get("conflict").asBoolean()).as("two different people are credited").isTrue();

        // The search: the page lists what the API answers, the conflict in words.
        open("#/quotes");
        WebElement box = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-q")));
        box.sendKeys(LOCKS_REMARK.toLowerCase(java.util.Locale.ROOT), Keys.ENTER);
        waiting().until(ExpectedConditions.textMatches(By.id("quotes-status"), java.util.regex.Pattern.compile("quotation")));
        List<String> shown = browser.findElements(By.cssSelector("#quote-results > li")).stream()
                .map(li -> li.getDomAttribute("data-quote")).toList();
        List<String> expected = new ArrayList<>();
        search.get("quotes").forEach(q -> expected.add(q.get("id").asText()));
        assertThat(shown).isEqualTo(expected).contains(quoteId);
        WebElement result = browser.findElement(By.cssSelector("#quote-results > li[data-quote='" + quoteId + "']"));
        assertThat(result.findElement(By.cssSelector("blockquote")).getText()).isEqualTo(group.get("text").asText());
        assertThat(result.findElement(By.cssSelector(".conflict")).getText()).contains("Conflict").contains("different people");
        assertThat(result.getText()).contains("2 appearances").contains("first in " + found.at("/firstSeen/title").asText())
                .contains("credited to " + found.at("/firstSeen/speaker").asText());
        for (JsonNode s : group.get("speakers")) {
            assertThat(result.getText()).contains(s.get("name").asText() + " (" + s.get("appearances").asInt() + ")");
        }

        // The group's page, reached by keyboard: every appearance, oldest first, each linked to its article.
        WebElement groupLink = result.findElement(By.linkText("2 appearances"));
        js("arguments[0].focus();", groupLink);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> d.findElements(By.cssSelector("#quote-appearances > li")).size() == 2);
        List<String> articles = browser.findElements(By.cssSelector("#quote-appearances > li")).stream()
                .map(li -> li.getDomAttribute("data-article")).toList();
        assertThat(articles).containsExactly(first.get("id").asText(), second.get("id").asText());
        assertThat(browser.findElement(By.cssSelector("#quote-conflict .conflict")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("quote-count")).getText()).startsWith("2 appearances, oldest first");
        List<String> credited = browser.findElements(By.cssSelector("#quote-speakers li a")).stream().map(WebElement::getText).toList();
        List<String> apiSpeakers = new ArrayList<>();
        group.get("speakers").forEach(s -> apiSpeakers.add(s.get("name").asText()));
        assertThat(credited).isEqualTo(apiSpeakers).hasSize(2);

        browser.manage().window().setSize(new Dimension(360, 800));
        assertNoSidewaysScroll();
        screenshot("quote-360");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.findElement(By.cssSelector("#quote-appearances > li:nth-child(2) a")).click();
        WebElement selected = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.claim.selected")));
        assertThat((String) js("return location.hash;")).startsWith("#/article/" + second.get("id").asText());
        assertThat(selected.getDomAttribute("data-speaker")).isEqualTo(group.at("/appearances/1/speaker").asText());

        // From the article view, the claim links back to its group.
        browser.findElement(By.id("claim-quote-link")).click();
        waiting().until(d -> ((String) js("return location.hash;")).equals("#/quote/" + quoteId));
        waiting().until(d -> d.findElements(By.cssSelector("#quote-appearances > li")).size() == 2);
        screenshot("quote");

        // Five words: the API's refusal, in the words of its problem body.
        String five = String.join(" ", java.util.Arrays.copyOf(LOCKS_REMARK.split(" "), 5));
        open("#/quotes");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-q"))).sendKeys(five, Keys.ENTER);
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        JsonNode problem = apiJson("/quotes?text=" + queryWords(five));
        assertThat(problem.get("type").asText()).endsWith("/invalid-query");
        assertThat(error.getText()).isEqualTo(problem.get("title").asText() + ": " + problem.get("detail").asText());
        assertThat(browser.findElements(By.cssSelector("#quote-results > li"))).isEmpty();
    }

    private static String quoteIdOf(JsonNode summary, String words) {
        for (JsonNode c : summary.get("claims")) {
            if (c.hasNonNull("quoteId") && c.get("text").asText().contains(words)) {
                return c.get("quoteId").asText();
            }
        }
        return null;
    }

    private static String queryWords(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void thePageAndItsFilesComeFromTheApiFunctionWithTheirTypes() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        String script = page.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
        HttpResponse<String> js = client.send(HttpRequest.newBuilder(URI.create(url + script)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
        assertThat(js.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
    }

    /** auth.js's PKCE challenge, by the browser's Web Crypto, is base64url(SHA-256(verifier)) as RFC 7636 (S256) defines it. */
    @Test
    void thePagesPkceChallengeIsTheS256OfItsVerifierAndLocallyNothingSignsIn() throws Exception {
        open("#/article");
        waiting().until(d -> js("return !!window.pageAuth;"));
        // 43 to 128 unreserved characters, as a verifier is; the page's own are 43 random ones.
        for (String verifier : List.of("made-up-verifier-for-the-page-0123456789abcdef", "A".repeat(128), "x-._~".repeat(9))) {
            Object challenge = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " window.pageAuth.challenge(arguments[0]).then(done, (e) => done('failed: ' + e));", verifier);
            String expected = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            assertThat(challenge).as(verifier).isEqualTo(expected);
        }
        // The local stack serves {"signIn":"none"}: no token, no pending sign-in, and the page stays where it is.
        assertThat(js("return [sessionStorage.getItem('newsclaims.token'), sessionStorage.getItem('newsclaims.signin')];"))
                .asList().containsOnlyNulls();
        assertThat((String) js("return location.href;")).startsWith(url + "/");
    }
}
