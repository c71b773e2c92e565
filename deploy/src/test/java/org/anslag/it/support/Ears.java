package org.anslag.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EAR the build produced (deploy/target/anslag.ear, path in the {@code ear.file} system
 * property); {@link SuiteDeployment} adds the test classes to its web module.
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

    /** The global JNDI name of a no-interface EJB of the EJB module. */
    public static String ejb(Class<?> bean) {
        return "java:global/" + APPLICATION + "/" + EJB_MODULE + "/" + bean.getSimpleName() + "!" + bean.getName();
    }
}
