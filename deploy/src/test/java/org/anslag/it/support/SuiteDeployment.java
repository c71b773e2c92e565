package org.anslag.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of a failsafe run: the built EAR with every class of {@code org.anslag.it}
 * and the test resources the in-container tests read, in its web module. {@link OneDeploymentPerRun}
 * deploys it before the first IT class and undeploys it after the last, so the application boots
 * once per database instead of once per IT class (≈10 s each).
 */
public final class SuiteDeployment {

    /** Test resources that in-container tests open from their class path. */
    private static final String[] RESOURCES = {"access-matrix.txt"};

    private SuiteDeployment() {
    }

    @Deployment
    public static EnterpriseArchive everything() {
        EnterpriseArchive ear = Ears.built();
        WebArchive web = ear.getAsType(WebArchive.class, Ears.WEB_MODULE);
        Path classes = testClasses();
        try (Stream<Path> files = Files.walk(classes.resolve("org/anslag/it"))) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .forEach(file -> web.addAsWebInfResource(file.toFile(), "classes/" + classes.relativize(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String resource : RESOURCES) {
            web.addAsResource(resource);
        }
        ear.delete(Ears.WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    private static Path testClasses() {
        try {
            return Path.of(SuiteDeployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
