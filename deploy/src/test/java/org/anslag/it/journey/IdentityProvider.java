package org.anslag.it.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenID Connect provider for the staff sign-in: Keycloak's own distribution (unpacked by
 * the build into keycloak.home), started in dev mode on Java 21+ (keycloak.java.home) at
 * it.keycloak.port with the realm of src/test/resources/keycloak/anslag-realm.json imported. The
 * server under test was given the realm as its OIDC_ISSUER by failsafe.
 */
final class IdentityProvider implements AutoCloseable {

    static final int PORT = Integer.getInteger("it.keycloak.port", 18480);
    static final String ISSUER = "http://localhost:" + PORT + "/realms/anslag";
    private static final Duration STARTUP = Duration.ofMinutes(6);

    private final Process process;
    private final Duration startedIn;

    private IdentityProvider(Process process, Duration startedIn) {
        this.process = process;
        this.startedIn = startedIn;
    }

    static IdentityProvider start() throws IOException, InterruptedException {
        if (Boolean.getBoolean("it.keycloak.shared")) {
            return shared();
        }
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak"));
        Path java = Path.of(System.getProperty("keycloak.java.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": the build unpacks it (deploy/pom.xml, unpack-keycloak)");
        }
        if (!Files.isExecutable(java.resolve("bin/java"))) {
            throw new IllegalStateException("Keycloak needs Java 21 or newer; none at keycloak.java.home=" + java);
        }
        if (answers()) {
            throw new IllegalStateException("Something already answers at " + ISSUER + "; stop it or choose -Dit.keycloak.port");
        }
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(Path.of("src/test/resources/keycloak/anslag-realm.json"), home.resolve("data/import/anslag-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + PORT, "--http-management-port=" + (PORT + 1000), "--import-realm")
                .redirectErrorStream(true).redirectOutput(home.resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", java.toString());
        Process process = builder.start();
        long deadline = started + STARTUP.toNanos();
        while (!answers()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + home.resolve("keycloak.log"));
            }
            if (System.nanoTime() > deadline) {
                stop(process);
                throw new IllegalStateException("Keycloak did not answer within " + STARTUP + "; see " + home.resolve("keycloak.log"));
            }
            Thread.sleep(500);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Keycloak answered at %s after %.1f s%n", ISSUER, took.toMillis() / 1000.0);
        return new IdentityProvider(process, took);
    }

    /**
     * bin/test starts one Keycloak for both databases' runs while their servers boot, so neither
     * run waits for it alone: this only waits until it answers, and leaves it running.
     */
    private static IdentityProvider shared() throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + STARTUP.toNanos();
        while (!answers()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The Keycloak bin/test started did not answer at " + ISSUER + " within " + STARTUP);
            }
            Thread.sleep(500);
        }
        return new IdentityProvider(null, Duration.ofNanos(System.nanoTime() - started));
    }

    Duration startedIn() {
        return startedIn;
    }

    /** The realm's discovery document answers 200. */
    private static boolean answers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            stop(process);
        }
    }

    /** kc.sh runs Java as a child: both are asked to end, then ended. */
    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
