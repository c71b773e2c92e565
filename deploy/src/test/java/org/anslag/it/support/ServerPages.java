package org.anslag.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.regex.Pattern;

/** For tests that run inside the server and use its pages over HTTP: sign in, read a page's text, look for phrases. */
public final class ServerPages {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?</script>");

    private ServerPages() {
    }

    /** A client signed in as the demo user, against this server's own HTTP port. */
    public static WebClient signedIn(String username) {
        URI base = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/anslag/");
        WebClient client = new WebClient(base);
        client.signIn(username, "demo");
        return client;
    }

    /** The page's markup without its scripts, entities decoded. */
    public static String text(String html) {
        return Html.unescape(SCRIPT.matcher(html).replaceAll(""));
    }

    public static void assertContains(String text, String... phrases) {
        for (String phrase : phrases) {
            assertTrue(text.contains(phrase), "expected «" + phrase + "» in:\n" + text);
        }
    }
}
