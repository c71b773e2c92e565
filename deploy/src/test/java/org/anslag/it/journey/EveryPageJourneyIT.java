package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page each role reaches by following links from where it lands, as that role, in Chromium:
 * axe finds no serious or critical WCAG 2.1 A/AA violation, the Content-Security-Policy blocks
 * nothing, no link leads to an error page, every control shown is in the Tab order, and at 320
 * pixels wide (400 % zoom) nothing but a table sticks out sideways; a screenshot of each page at
 * that width lands in screenshots/&lt;database&gt;/every-page. axe and the narrow check run once per
 * page, for the first role that reaches it.
 *
 * <p>The pages do not depend on the database, so the two runs share the languages: Swedish on H2,
 * English on PostgreSQL. One page per address (its query aside) is checked, on demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class EveryPageJourneyIT {

    /** Far more than any role has; a crawl that reaches it is following something endless. */
    private static final int MOST_PAGES = 80;

    private static Browser browser;
    /** Pages seen 320 px wide; axe too runs once per page and language (Browser), whoever signed in. */
    private static final Set<String> narrowed = new java.util.HashSet<>();
    private static boolean english;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.onTheApplication("every-page", "every-page-" + System.currentTimeMillis());
        english = "postgresql".equals(System.getProperty("it.database"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anonymous", "anna", "maria", "fatima", "adam", "lars", "ingrid"})
    void everyPageTheRoleReachesIsAccessible(String user) {
        if ("anonymous".equals(user)) {
            browser.forgetSession();
            browser.open("public/calls.xhtml");
        } else {
            browser.signIn(user);
        }
        if (english) {
            browser.click("session-form:lang-en");
        }
        List<String> problems = new ArrayList<>();
        Set<String> checked = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(relative(browser.currentUrl())));
        while (!toVisit.isEmpty() && checked.size() < MOST_PAGES) {
            String page = toVisit.poll();
            String path = page.replaceAll("\\?.*", "");
            if (!checked.add(path) || path.equals("login.xhtml")) {
                continue;
            }
            try {
                browser.open(page);
            } catch (AssertionError violation) {
                problems.add(page + ": " + violation.getMessage());
                continue;
            }
            String error = browser.errorText();
            if (error != null) {
                problems.add(page + ": a link leads to an error page: " + error);
                continue;
            }
            List<String> unreachable = browser.controlsTheKeyboardCannotReach();
            if (!unreachable.isEmpty()) {
                problems.add(page + ": not in the Tab order: " + unreachable);
            }
            if (narrowed.add(path)) {
                List<String> overflow = browser.overflowAt320Pixels(user + "-" + path.replace('/', '-').replace(".xhtml", ""));
                if (!overflow.isEmpty()) {
                    problems.add(page + ": sticks out sideways at 320 px: " + overflow);
                }
            }
            browser.pageLinks().stream().filter(link -> !checked.contains(link.replaceAll("\\?.*", ""))).forEach(toVisit::add);
        }
        System.out.printf("Every page of %s (%s): %d checked: %s%n", user, english ? "English" : "Swedish", checked.size(), checked);
        assertThat(checked.size()).as("pages of " + user).isLessThan(MOST_PAGES).isGreaterThan(1);
        assertThat(problems).as("problems on the pages of " + user).isEmpty();
    }

    private static String relative(String url) {
        return url.replaceAll("^https?://[^/]+/anslag/", "");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
