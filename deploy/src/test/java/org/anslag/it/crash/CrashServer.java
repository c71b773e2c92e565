package org.anslag.it.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the provisioned WildFly with the EAR, run as a process of its own so a test can kill it
 * and start it again on the same data: its own directory (server, ANSLAG_DATA_DIR, log), its own
 * port offset, the database the failsafe execution chose, demo data on, mail to the test's SMTP
 * server. Started as bin/cluster starts its nodes (standalone.sh writes the JVM's pid to a file).
 */
final class CrashServer {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(Integer.getInteger("crash.startup.timeout", 600));

    private final Path home;
    private final Path data;
    private final Path pidFile;
    private final Path console;
    private final int offset;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Copies deploy/target/server and the EAR into a fresh {@code directory}. */
    CrashServer(Path directory, String database, int offset) {
        this.home = directory.resolve("server");
        this.data = directory.resolve("data");
        this.pidFile = directory.resolve("server.pid");
        this.console = directory.resolve("console.log");
        this.offset = offset;
        try {
            deleteTree(directory);
            Files.createDirectories(data);
            copyTree(Path.of(System.getProperty("jboss.home")), home);
            Files.copy(Path.of(System.getProperty("ear.file")), home.resolve("standalone/deployments/anslag.ear"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.environment = environment(database);
    }

    /** The failsafe execution's environment (DB_*, reference data), with this server's data, mail and demo settings. */
    private Map<String, String> environment(String database) {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.keySet().removeIf(name -> name.startsWith("OIDC_")); // staff sign-in needs a Keycloak this test does not start
        if ("h2".equals(database)) {
            env.put("DB_DRIVER", "h2");
            env.put("DB_URL", h2Url());
            env.put("DB_USER", "sa");
            env.put("DB_PASSWORD", "sa");
        }
        env.put("ANSLAG_DATA_DIR", data.toString());
        env.put("ANSLAG_DEMO", "true");
        env.put("ANSLAG_SECURE_COOKIES", "false"); // plain http://127.0.0.1, as bin/run
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(Integer.getInteger("it.smtp.port", 3025)));
        env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m");
        env.put("JBOSS_PIDFILE", pidFile.toString());
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        return env;
    }

    /** The server's default H2 URL (configure-server.cli) on this run's data, which is what a crash must not break. */
    String h2Url() {
        return "jdbc:h2:file:" + data.resolve("anslag") + ";LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /** The database the server runs on, for a JDBC connection of the test's own. */
    String jdbcUrl() {
        return environment.get("DB_URL");
    }

    String jdbcUser() {
        return environment.get("DB_USER");
    }

    String jdbcPassword() {
        return environment.get("DB_PASSWORD");
    }

    URI app() {
        return URI.create("http://127.0.0.1:" + (8080 + offset) + "/anslag/");
    }

    Path log() {
        return home.resolve("standalone/log/server.log");
    }

    /** Starts the server and waits until it is ready and serves a page; returns the seconds that took. */
    double start() {
        Instant started = Instant.now();
        try {
            Files.deleteIfExists(pidFile);
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                    "-Djboss.socket.binding.port-offset=" + offset)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
            builder.environment().clear();
            builder.environment().putAll(environment);
            builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant giveUp = started.plus(STARTUP_LIMIT);
        while (!ready()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the server was not ready after " + STARTUP_LIMIT.toSeconds() + " s; see " + log());
            }
            pause(Duration.ofMillis(200));
        }
        return Duration.between(started, Instant.now()).toMillis() / 1000.0;
    }

    private boolean ready() {
        return answers(URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/ready"), "\"status\":\"UP\"")
                && answers(app().resolve("public/calls.xhtml"), "");
    }

    private boolean answers(URI uri, String bodyPart) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains(bodyPart);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kill -9 of the server's JVM (ProcessHandle.destroyForcibly sends SIGKILL): no shutdown hook, no clean close. */
    void kill() {
        stop(true);
    }

    /** SIGTERM: WildFly shuts down cleanly (undeploys, closes the datasource) before the JVM ends. */
    void shutDown() {
        stop(false);
    }

    private void stop(boolean forcibly) {
        ProcessHandle jvm = jvm();
        if (forcibly) {
            jvm.destroyForcibly();
        } else {
            jvm.destroy();
        }
        try {
            jvm.onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the server's JVM " + jvm.pid() + " did not end", e);
        }
    }

    /** Ends the JVM if it still runs (after a failed test), so no server outlives the test. */
    void ensureStopped() {
        if (Files.exists(pidFile)) {
            ProcessHandle.of(readPid()).ifPresent(jvm -> {
                jvm.destroyForcibly();
                jvm.onExit().join();
            });
        }
    }

    private ProcessHandle jvm() {
        return ProcessHandle.of(readPid()).orElseThrow(() -> new IllegalStateException("the server's JVM is not running"));
    }

    private long readPid() {
        try {
            return Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
