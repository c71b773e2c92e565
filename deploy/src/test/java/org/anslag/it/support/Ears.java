package org.anslag.it.support;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR the build produced (deploy/target/anslag.ear, path in the {@code ear.file} system
 * property), as black-box tests deploy it, or with test classes added to its web module for
 * tests that run inside the server.
 */
public final class Ears {

    /** The application name the EAR deploys under; EJBs are at java:global/anslag/anslag-ejb/…. */
    public static final String APPLICATION = "anslag";
    public static final String WEB_MODULE = "anslag-web.war";
    public static final String EJB_MODULE = "anslag-ejb";

    private Ears() {
    }

    public static EnterpriseArchive built() {
        String path = System.getProperty("ear.file");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("system property ear.file is not set (failsafe sets it; see deploy/pom.xml)");
        }
        File ear = new File(path);
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " does not exist: build the reactor first (mvn install -DskipTests)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The built EAR with the given classes added to WEB-INF/classes of its web module. */
    public static EnterpriseArchive withClassesInWebModule(Class<?>... classes) {
        EnterpriseArchive ear = built();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        if (web == null) {
            throw new IllegalStateException(WEB_MODULE + " is missing from " + ear.getName());
        }
        web.addClasses(classes);
        web.addClass(Ears.class);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    /** The built EAR with test classes and test resources (from the test class path) in its web module. */
    public static EnterpriseArchive withTestInWebModule(List<String> resources, Class<?>... classes) {
        EnterpriseArchive ear = withClassesInWebModule(classes);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        resources.forEach(web::addAsResource);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    /** The global JNDI name of a no-interface EJB of the EJB module. */
    public static String ejb(Class<?> bean) {
        return "java:global/" + APPLICATION + "/" + EJB_MODULE + "/" + bean.getSimpleName() + "!" + bean.getName();
    }
}
