package org.anslag.it;

import java.net.URI;
import java.net.URL;
import org.anslag.it.support.Ears;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Base of the black-box ITs: the built EAR, unchanged, deployed into the managed WildFly
 * (one container start per failsafe run, one deployment per test class, ≈10 s each — so put new
 * black-box checks into an existing class of their area rather than a new class when you can).
 * The tests talk to it over HTTP only. The server runs with ANSLAG_DEMO=true, so the demo users
 * (password {@code demo}) and the open call "Idéslussar 2026" exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BlackBoxTestBase {

    public static final String DEMO_PASSWORD = "demo";

    @ArquillianResource
    private URL deploymentUrl;

    @Deployment(testable = false)
    public static EnterpriseArchive anslag() {
        return Ears.built();
    }

    /** The application's root, e.g. http://127.0.0.1:8080/anslag/ */
    protected URI app() {
        String url = deploymentUrl != null ? deploymentUrl.toString() : "http://localhost:8080/anslag/";
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** The management interface (health, metrics) of the server under test. */
    protected URI management() {
        return URI.create("http://" + app().getHost() + ":" + Integer.getInteger("it.management.port", 9990) + "/");
    }

    /** A fresh browser-like client with an empty cookie jar. */
    protected WebClient browser() {
        return new WebClient(app());
    }

    /** The database the server under test runs on: h2 or postgresql (set per failsafe execution). */
    protected static String database() {
        return System.getProperty("it.database", "h2");
    }
}
