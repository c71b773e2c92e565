package org.anslag.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anslag.it.BlackBoxTestBase;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * bin/backup and bin/restore, the real scripts, against the suite's running server and database
 * (the environment failsafe gives the server): an application with an attachment and a running
 * process is backed up while the server runs, restored into a new empty database and attachment
 * store, and found there with the same application numbers and states, the same files by SHA-256
 * and the same running process instances.
 */
class BackupRestoreIT extends BlackBoxTestBase {

    private static final Path SCRIPTS = Path.of(System.getProperty("user.dir")).getParent().resolve("bin");
    private static final Map<String, String> FROM_THE_APP = Map.of("X-Requested-By", "it", "Accept", "application/json");

    /** What is compared between the server's database and the restored one. */
    record Snapshot(Map<String, String> applications, Map<String, String> attachments, TreeSet<String> processes) {
    }

    @Test
    void aBackupOfTheRunningServerRestoresIntoAnEmptyDatabaseWithTheSameApplicationsFilesAndProcesses() throws Exception {
        long start = System.nanoTime();
        WebClient anna = signedIn("anna");
        String number = draftOverApi(anna);
        byte[] plan = ("%PDF-1.4\n% projektplan " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> attached = anna.postBody("api/applications/" + number + "/attachments", "application/pdf", plan,
                Map.of("X-Requested-By", "it", "X-File-Name", "projektplan.pdf", "Accept", "application/json"));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        HttpResponse<String> receipt = anna.postBody("api/applications/" + number + "/submission", "application/json",
                new byte[0], FROM_THE_APP);
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);

        Path work = Path.of("target", "backup-" + database()).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        Path archive = work.resolve("anslag.tar");
        Path restoredData = work.resolve("restored");
        String restoredUrl = restoredDatabase(restoredData);
        Map<String, String> restoredEnv = Map.of("DB_URL", restoredUrl, "ANSLAG_DATA_DIR", restoredData.toString());

        long prepared = System.nanoTime();
        Snapshot before = snapshot(System.getenv("DB_URL"), Path.of(System.getenv("ANSLAG_DATA_DIR")));
        Run backup = run(Map.of(), "backup", archive.toString());
        Snapshot after = snapshot(System.getenv("DB_URL"), Path.of(System.getenv("ANSLAG_DATA_DIR")));
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(backup.output()).containsPattern("Wrote .*anslag.tar: \\d+ bytes").contains("all the database names");

        long backedUp = System.nanoTime();
        Run restore = run(restoredEnv, "restore", archive.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        long restoredAt = System.nanoTime();

        Snapshot restored = snapshot(restoredUrl, restoredData);
        assertThat(restored.applications()).containsEntry(number, "SUBMITTED");
        assertThat(restored.attachments()).containsEntry(number + " " + sha256(plan), "projektplan.pdf");
        assertThat(restored.processes()).contains("grant-application " + number);
        // the dump is one snapshot taken between the two readings; a job may have moved something meanwhile
        assertThat(restored).as("the restored data is the server's as it was just before or just after the backup")
                .isIn(before, after);
        System.out.printf("[BackupRestoreIT] %s: %d applications, %d attachments (files equal by SHA-256), %d running process"
                + " instances restored and equal; archive %d bytes; application set up %.1f s, backup with both readings %.1f s,"
                + " restore %.1f s%n", database(), restored.applications().size(), restored.attachments().size(),
                restored.processes().size(), Files.size(archive), seconds(start, prepared), seconds(prepared, backedUp),
                seconds(backedUp, restoredAt));

        Run again = run(restoredEnv, "restore", archive.toString());
        assertThat(again.exit()).as("a database that is not empty is refused").isEqualTo(2);
        assertThat(again.output()).contains("use --force");
        Path notABackup = Files.writeString(work.resolve("notes.tar"), "inte en säkerhetskopia");
        Run wrong = run(restoredEnv, "restore", notABackup.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.output()).contains("is not a backup made by bin/backup");

        dropRestoredDatabase();
        deleteTree(work);
    }

    /** The URL of a new, empty database to restore into: a fresh H2 file, or a new PostgreSQL database. */
    private static String restoredDatabase(Path dataDir) throws SQLException {
        if (!"postgresql".equals(database())) {
            return "jdbc:h2:file:" + dataDir.resolve("anslag") + ";AUTO_SERVER=TRUE";
        }
        try (Connection server = connect(System.getenv("DB_URL")); Statement sql = server.createStatement()) {
            sql.execute("drop database if exists " + restoredName());
            sql.execute("create database " + restoredName());
        } catch (SQLException e) {
            throw new SQLException("cannot create " + restoredName() + ": the role needs CREATEDB (bin/test --prepare-db gives it)", e);
        }
        return System.getenv("DB_URL").replaceFirst("/[^/?]+(\\?|$)", "/" + restoredName() + "$1");
    }

    private static void dropRestoredDatabase() throws SQLException {
        if ("postgresql".equals(database())) {
            try (Connection server = connect(System.getenv("DB_URL")); Statement sql = server.createStatement()) {
                sql.execute("drop database " + restoredName());
            }
        }
    }

    private static String restoredName() {
        Matcher name = Pattern.compile("/([^/?]+)(\\?|$)").matcher(System.getenv("DB_URL"));
        assertThat(name.find()).isTrue();
        return name.group(1) + "_restore";
    }

    /**
     * The applications (number → state), the attachments (number and SHA-256 of the bytes in the store,
     * checked against the row → file name) and the running process instances (definition key and
     * business key) of a database and its attachment store.
     */
    private static Snapshot snapshot(String url, Path dataDir) throws Exception {
        Map<String, String> applications = new TreeMap<>();
        Map<String, String> attachments = new TreeMap<>();
        TreeSet<String> processes = new TreeSet<>();
        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select coalesce(application_number, cast(id as varchar(20))), status from grant_application")) {
                while (rows.next()) {
                    applications.put(rows.getString(1), rows.getString(2));
                }
            }
            try (ResultSet rows = sql.executeQuery("select coalesce(g.application_number, cast(g.id as varchar(20))), a.file_name, a.sha256, a.id"
                    + " from attachment a join grant_application g on g.id = a.application_id")) {
                while (rows.next()) {
                    Path file = dataDir.resolve("attachments").resolve(rows.getString(3).substring(0, 2)).resolve(rows.getString(3));
                    String stored = Files.exists(file) ? sha256(Files.readAllBytes(file)) : "missing " + file;
                    assertThat(stored).as("the stored file of attachment " + rows.getLong(4)).isEqualTo(rows.getString(3));
                    attachments.put(rows.getString(1) + " " + stored, rows.getString(2));
                }
            }
            try (ResultSet rows = sql.executeQuery("select d.key_, coalesce(e.business_key_, e.id_) from act_ru_execution e"
                    + " join act_re_procdef d on d.id_ = e.proc_def_id_ where e.id_ = e.proc_inst_id_")) {
                while (rows.next()) {
                    processes.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
        }
        return new Snapshot(applications, attachments, processes);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    record Run(int exit, String output) {
    }

    /** Runs bin/<script> with the server's environment, changed by {@code env}; prints what it printed. */
    private static Run run(Map<String, String> env, String script, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(SCRIPTS.resolve(script).toString()),
                Stream.of(args)).toList()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bin/" + script + " finished").isTrue();
        System.out.print(output);
        return new Run(process.exitValue(), output);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
