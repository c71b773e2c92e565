package org.anslag.it.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven the way a person would use the pages: sign in, type, click,
 * read what is shown. Saves a screenshot per step under target/screenshots and checks every page
 * it reaches with axe-core, and that its Content-Security-Policy blocked nothing on it.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final Path downloads;

    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);
    private static final String AXE_RUN = String.join("\n",
            "const done = arguments[arguments.length - 1];",
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})",
            "  .then(result => done(result.violations",
            "    .filter(v => v.impact === 'serious' || v.impact === 'critical')",
            "    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))",
            "  .catch(error => done(['axe failed: ' + error]));");

    private final String axeSource;
    /**
     * The pages axe has checked in this test run, by address and language: shared by every browser
     * of the run, so that the sign-in page and the everyday pages are checked once rather than
     * once per journey (checking costs about half a second a page).
     */
    private static final Set<String> CHECKED_PAGES = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private int step;

    Browser(String baseUrl, Path screenshots, Path downloads) throws IOException {
        this.baseUrl = baseUrl;
        this.screenshots = Files.createDirectories(screenshots);
        this.downloads = Files.createDirectories(downloads);
        this.axeSource = Files.readString(Path.of(System.getProperty("axe.script",
                "src/test/accessibility/node_modules/axe-core/axe.min.js")));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=sv-SE",
                "--user-data-dir=" + Files.createTempDirectory("anslag-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", this.downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /**
     * A browser on the application under test ({@code app.url}, else the IT server's port), with its
     * screenshots in screenshots.dir/database/folder and its downloads in downloads.dir/database-folder.
     */
    static Browser onTheApplication(String screenshotFolder, String downloadFolder) throws IOException {
        String database = System.getProperty("it.database", "local");
        return new Browser(System.getProperty("app.url",
                        "http://localhost:" + (8080 + Integer.getInteger("it.port.offset", 0)) + "/anslag/"),
                Path.of(System.getProperty("screenshots.dir", "target/screenshots"), database, screenshotFolder),
                Path.of(System.getProperty("downloads.dir", "target/downloads"), database + "-" + downloadFolder));
    }

    void open(String path) {
        driver.get(baseUrl + path);
        checkAccessibility();
    }

    /** Signs in and waits for the start page of the user's role. */

    void signIn(String username) {
        signIn(username, "demo");
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    /** The keys this browser keeps in localStorage for the application's origin. */
    @SuppressWarnings("unchecked")
    java.util.List<String> localStorageKeys() {
        return (java.util.List<String>) driver.executeScript("return Object.keys(window.localStorage);");
    }

    /**
     * Waits until the localStorage of the application's origin no longer holds the key (a copy of
     * unsaved text, dropped once a background save has answered); fails after 15 seconds.
     */
    void awaitLocalStorageWithout(String key) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !localStorageKeys().contains(key));
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date pickers: the value is typed into the input the picker decorates. */
    void typeDate(String id, String text) {
        driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id + "_input")), text);
    }

    /** Clicks a button or link that loads a new page, and waits until the new page has replaced the old one. */
    void click(String id) {
        clickAndWait(driver.findElement(By.id(id)));
    }

    void clickLink(By link) {
        clickAndWait(driver.findElement(link));
    }

    /** Clicks a link that downloads a file; the page stays. */
    void clickDownload(By link) {
        driver.findElement(link).click();
    }

    private void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                d -> "complete".equals(driver.executeScript("return document.readyState")));
        checkAccessibility();
    }

    /** Chromium answers a node of a page being replaced with either a stale-element or an inspector error. */
    private static boolean isGone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /**
     * Runs axe-core on the page (first visit of each page in each language) and fails on serious
     * or critical WCAG 2.1 A/AA violations, naming the rule and the elements.
     */
    private void checkAccessibility() {
        if (!driver.getCurrentUrl().startsWith(baseUrl)) {
            // another site's page (the identity provider's sign-in): not ours to judge; its console is dropped
            driver.manage().logs().get(LogType.BROWSER);
            return;
        }
        checkContentSecurityPolicy();
        String page = pageKey();
        if (!CHECKED_PAGES.add(page)) {
            return;
        }
        driver.executeScript(axeSource);
        Object violations = driver.executeAsyncScript(AXE_RUN);
        if (violations instanceof List<?> found && !found.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + page + ": " + found);
        }
    }

    /** Runs axe on the page as it is now (an open list of suggestions, say), even if the page was checked before. */
    void checkAccessibilityNow() {
        CHECKED_PAGES.remove(pageKey());
        checkAccessibility();
    }

    /** The page's address without its query, and its language. */
    private String pageKey() {
        return driver.getCurrentUrl().replaceAll("[?#].*", "") + " [" + find(By.tagName("html")).getAttribute("lang") + "]";
    }

    /** Chromium says on the console what a page's Content-Security-Policy blocked: a script, a style, a frame. */
    private void checkContentSecurityPolicy() {
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
        if (!blocked.isEmpty()) {
            throw new AssertionError("Blocked by the Content-Security-Policy on " + driver.getCurrentUrl() + ": " + blocked);
        }
    }

    void choose(String selectId, String visibleText) {
        new Select(driver.findElement(By.id(selectId))).selectByVisibleText(visibleText);
    }

    /**
     * A municipality or organisation picker (a PrimeFaces autocomplete): types into its field from
     * the keyboard, waits for the suggestion and takes it with Enter, as a keyboard user does.
     */
    void pick(String pickerId, String typed, String suggestion) {
        WebElement field = driver.findElement(By.id(pickerId + "_input"));
        field.clear();
        field.sendKeys(typed);
        awaitSuggestion(pickerId, suggestion);
        field.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> suggestion.equals(field.getDomProperty("value")));
    }

    /**
     * A picker of several (an autocomplete with multiple="true"): types, takes the suggestion with
     * Enter and waits until it shows among the chosen.
     */
    void pickAnother(String pickerId, String typed, String suggestion) {
        WebElement field = driver.findElement(By.id(pickerId + "_input"));
        field.sendKeys(typed);
        awaitSuggestion(pickerId, suggestion);
        field.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                By.cssSelector("[id='" + pickerId + "'] li.ui-autocomplete-token")).stream()
                .anyMatch(token -> token.getText().contains(suggestion)));
    }

    /** Waits until the picker's list of suggestions shows this one, highlighted for Enter. */
    void awaitSuggestion(String pickerId, String suggestion) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='" + pickerId + "_panel'] li.ui-autocomplete-item.ui-state-highlight"))
                        .stream().anyMatch(item -> item.isDisplayed() && item.getText().strip().equals(suggestion)));
    }

    /** Chooses the option with this value, whatever its label says (e.g. a count that varies). */
    void chooseValue(String selectId, String value) {
        new Select(driver.findElement(By.id(selectId))).selectByValue(value);
    }

    void check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Visible text with no-break spaces (used in amounts like "1 250 000 kr") read as plain spaces. */
    String text(String id) {
        return plain(driver.findElement(By.id(id)).getText());
    }

    /** The element's text once it has some (e.g. a status region filled by a background request). */
    String textWhenPresent(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> !d.findElement(By.id(id)).getText().isBlank());
        return text(id);
    }

    /**
     * Reaches the element with the Tab key alone, from the top of the page, and activates it
     * with Enter, as a keyboard-only user would; fails when Tab never gets there.
     */
    void tabToAndPressEnter(String id, int maxTabs) {
        driver.findElement(By.tagName("body")).click();
        driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        tabTo(By.id(id), maxTabs);
        pressAndWaitForPage(org.openqa.selenium.Keys.ENTER);
    }

    /** The keys go to whatever has the focus, as from a keyboard: Tab, arrows, Enter, Space, typed text. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Ctrl+A in the focused field: the modifier is held while the key goes down, as a user's hand does. */
    void selectAll() {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.CONTROL)
                .sendKeys("a").keyUp(org.openqa.selenium.Keys.CONTROL).perform();
    }

    void pressShiftTab() {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.SHIFT)
                .sendKeys(org.openqa.selenium.Keys.TAB).keyUp(org.openqa.selenium.Keys.SHIFT).perform();
    }

    /** Picks the file in the focused file input, as choosing it in the dialog that Space opens would. */
    void chooseFileInFocusedInput(Path file) {
        driver.switchTo().activeElement().sendKeys(file.toAbsolutePath().toString());
    }

    /** Moves the focus with Tab alone, from wherever it is, until it is on the element; fails when Tab never gets there. */
    void tabTo(By target, int maxTabs) {
        WebElement element = driver.findElement(target);
        for (int i = 0; i < maxTabs && !element.equals(driver.switchTo().activeElement()); i++) {
            press(org.openqa.selenium.Keys.TAB);
        }
        if (!element.equals(driver.switchTo().activeElement())) {
            throw new AssertionError(target + " is not reached with " + maxTabs + " presses of Tab; the focus is on "
                    + driver.switchTo().activeElement().getAttribute("outerHTML"));
        }
    }

    void tabTo(String id) {
        tabTo(By.id(id), 80);
    }

    /** Presses a key (Enter on a link or button, Space on a button) that should load a new page, and waits for it. */
    void pressAndWaitForPage(CharSequence key) {
        WebElement page = driver.findElement(By.tagName("html"));
        String focused = driver.switchTo().activeElement().getAttribute("outerHTML");
        press(key);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(page));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            throw new AssertionError("the key did nothing: no new page after pressing it on " + focused, stayed);
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                d -> "complete".equals(driver.executeScript("return document.readyState")));
        checkAccessibility();
    }

    /**
     * The focused element's outline as drawn: style, width in px, colour, and the background colour
     * around it (the first ancestor with one, white at the top).
     */
    @SuppressWarnings("unchecked")
    List<String> focusRing() {
        return (List<String>) driver.executeScript(String.join("\n",
                "const el = document.activeElement, style = getComputedStyle(el);",
                "let around = el.parentElement, background = 'rgb(255, 255, 255)';",
                "for (; around; around = around.parentElement) {",
                "  const colour = getComputedStyle(around).backgroundColor;",
                "  if (colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') { background = colour; break; }",
                "}",
                "return [style.outlineStyle, style.outlineWidth, style.outlineColor, background];"));
    }

    /** Lays the page out for a window this wide (Chromium's own window cannot be narrower than 500 px). */
    void viewportWidth(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    void fullWindow() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Runs a script on the page and returns its answer. */
    Object script(String script) {
        return driver.executeScript(script);
    }

    /**
     * Waits until the element's text contains the expected text (e.g. totals updated in the background)
     * and returns the text it read then: a second read could meet the element replaced by the next update.
     */
    String textBecomes(String id, String expected) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    String text = plain(d.findElement(By.id(id)).getText());
                    return text.contains(expected) ? text : null;
                });
    }

    /** Waits until an element shows no text: warnings that the background update of a later change clears. */
    void textClears(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> plain(d.findElement(By.id(id)).getText()).isEmpty());
    }

    /** Types into a field and leaves it with Tab, so its change is sent in the background. */
    void typeAndLeave(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }

    /** Clicks the radio button or checkbox whose label has this text. */
    void clickLabel(String text) {
        driver.findElement(By.xpath("//label[normalize-space()='" + text + "']")).click();
    }

    /** Waits until an element matching the selector is on the page (e.g. drawn by a script). */
    WebElement awaitPresent(By selector) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(selector));
    }

    /** Waits until the element has the attribute (set by a script when it is done), and returns it. */
    String attributeWhenSet(String id, String attribute) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getAttribute(attribute) != null);
        return driver.findElement(By.id(id)).getAttribute(attribute);
    }

    /** Chooses a file in a file input, as picking it in the browser's dialog would. */
    void upload(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Gives the page's forms a view state the server does not know, as an old tab has after the
     * server dropped its view or restarted, or as a tampered form has.
     */
    void expireView() {
        driver.executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (state) { state.value = 'expired:0'; });");
    }

    /** Loads the page again from its address, as the browser's reload button does. */
    void reload() {
        driver.navigate().refresh();
        checkAccessibility();
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Drops the session cookie, as if the session had timed out on the server. */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Forgets the cookies another site (the identity provider) keeps for its own address. */
    void forgetSessionAt(String url) {
        driver.get(url);
        driver.manage().deleteAllCookies();
    }

    String pageText() {
        return plain(driver.findElement(By.tagName("body")).getText());
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /**
     * The pages this page links to, as addresses below the application: links a user can see and
     * reach, not files, not the REST API and not the links that post a form (href "#").
     */
    @SuppressWarnings("unchecked")
    List<String> pageLinks() {
        return ((List<String>) driver.executeScript(String.join("\n",
                "return Array.from(document.querySelectorAll('a[href]'))",
                "  .filter(a => a.offsetParent !== null && !a.hasAttribute('download'))",
                "  .map(a => a.href)",
                "  .filter(h => h.startsWith(arguments[0]) && /\\.xhtml(\\?|$)/.test(h));"), baseUrl))
                .stream().map(href -> href.substring(baseUrl.length()).replaceAll("#.*", "")).toList();
    }

    /**
     * Links and buttons shown on the page that the Tab key skips: a negative tabindex, or inside
     * something hidden from assistive technology. Described by their text.
     */
    @SuppressWarnings("unchecked")
    List<String> controlsTheKeyboardCannotReach() {
        return (List<String>) driver.executeScript(String.join("\n",
                "return Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea'))",
                "  .filter(e => e.offsetParent !== null && !e.disabled && e.getAttribute('aria-disabled') !== 'true')",
                // a pager's buttons for a page that does not exist (first, previous on page one)
                "  .filter(e => !e.classList.contains('ui-state-disabled'))",
                // PrimeFaces' menus keep their native select for forms, hidden, and take the focus on a proxy
                "  .filter(e => !e.closest('.ui-helper-hidden-accessible'))",
                "  .filter(e => e.tabIndex < 0 || e.closest('[aria-hidden=true], [inert]') !== null)",
                "  .map(e => e.outerHTML.substring(0, 160));"));
    }

    /**
     * Shows the page 320 CSS pixels wide (as 1280 pixels at 400 % zoom, WCAG 1.4.10) with a
     * screenshot, and says what then sticks out sideways beyond the window outside a table that
     * scrolls on its own; back to the usual width afterwards.
     */
    @SuppressWarnings("unchecked")
    List<String> overflowAt320Pixels(String screenshotName) {
        org.openqa.selenium.Dimension usual = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(320 + usual.width - innerWidth(), usual.height));
        try {
            screenshot(screenshotName);
            return (List<String>) driver.executeScript(String.join("\n",
                    "const width = document.documentElement.clientWidth;",
                    "if (document.documentElement.scrollWidth <= width + 1) return [];",
                    "return Array.from(document.body.querySelectorAll('*'))",
                    "  .filter(e => e.getBoundingClientRect().right > width + 1 && e.offsetParent !== null)",
                    "  .filter(e => !e.closest('table, pre, .ui-datatable-scrollable-body, [data-scrolls], .sr-only'))",
                    "  .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > width + 1))",
                    "  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ')[0] : ''));"));
        } finally {
            driver.manage().window().setSize(usual);
        }
    }

    private int innerWidth() {
        return ((Number) driver.executeScript("return window.innerWidth;")).intValue();
    }

    /** The error page's text when the page shown is one (403, 404, 500, expired), else null. */
    String errorText() {
        // by script: looking for an element that is not there would wait out the implicit wait
        return (String) driver.executeScript("const e = document.getElementById('error-text'); return e ? e.innerText : null;");
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    List<WebElement> all(By selector) {
        return driver.findElements(selector);
    }

    /**
     * The elements on the page as it stands, without the implicit wait for one to appear: for
     * checks that something is absent, which would otherwise wait out the implicit wait each time.
     */
    List<WebElement> allNow(By selector) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(selector);
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    WebElement find(By selector) {
        return driver.findElement(selector);
    }

    void screenshot(String name) {
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the browser has finished writing a download whose name ends with the suffix. */
    Path awaitDownload(String suffix) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> downloaded(suffix) != null);
        return downloaded(suffix);
    }

    /** The downloaded file whose name starts so and ends so, once the browser has written it. */
    Path awaitDownload(String prefix, String suffix) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> downloaded(prefix, suffix) != null);
        return downloaded(prefix, suffix);
    }

    private Path downloaded(String suffix) {
        return downloaded("", suffix);
    }

    private Path downloaded(String prefix, String suffix) {
        try (var files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(suffix))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
