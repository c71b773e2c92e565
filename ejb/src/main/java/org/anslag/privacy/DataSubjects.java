package org.anslag.privacy;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.anslag.attachment.AttachmentStore;
import org.anslag.audit.AuditLog;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/**
 * Data-subject requests, for ADMIN: find a person by e-mail address or name, gather everything the
 * database holds about them, and erase them by pseudonym where no legal hold keeps the data.
 *
 * Legal hold: the files a person attached to an application that was granted (GRANTED, CLOSED)
 * are the archived record of a public grant (arkivlagen) and are kept; every other file they
 * uploaded is deleted. Amounts, decisions, statuses and municipalities are never touched, so the
 * programme's figures stay the same.
 */
@Stateless
public class DataSubjects {

    /** What an erasure did, in counts only. */
    public record Outcome(long erasure, String pseudonym, Map<String, Integer> rowsPerTable, int filesDeleted,
                          int filesHeld, int mailsDeleted) {

        public int rows() {
            return rowsPerTable.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final Set<String> HELD_STATUSES = Set.of("GRANTED", "CLOSED");

    @PersistenceContext
    EntityManager em;
    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource dataSource;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    AttachmentStore store;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** Accounts whose address is the one typed, or whose name contains it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UserAccount> find(Actor actor, String typed) {
        actor.require(Role.ADMIN);
        if (typed == null || typed.strip().length() < 2) {
            throw new RuleViolation("search", "privacy.search.tooShort");
        }
        String query = typed.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select u from UserAccount u where lower(u.email) = :q or lower(u.fullName) like :p"
                        + " or lower(u.username) = :q order by u.fullName, u.username", UserAccount.class)
                .setParameter("q", query).setParameter("p", "%" + query.replace("%", "").replace("_", "") + "%")
                .setMaxResults(50).getResultList();
    }

    public UserAccount account(Actor actor, String username) {
        actor.require(Role.ADMIN);
        UserAccount account = username == null ? null : em.find(UserAccount.class, username);
        if (account == null) {
            throw new NotFound("user " + username);
        }
        return account;
    }

    /** Every row of every table that holds the person; the export is audited. */
    public SubjectRecord record(Actor actor, String username) {
        UserAccount account = account(actor, username);
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            List<PersonalDataScan.Found> found = new PersonalDataScan(connection, identityOf(account, List.of())).find();
            audit.record(actor.username(), "PERSONAL_DATA_EXPORTED", "user:" + username,
                    found.stream().mapToInt(f -> f.rows().size()).sum() + " rows in " + found.size() + " tables");
            return new SubjectRecord(account.getUsername(), account.getFullName(), account.getEmail(), account.isActive(),
                    clock.instant(), found);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the database for the person", e);
        }
    }

    /**
     * Erases the person: their attachments without legal hold and their mails are deleted, every
     * other trace (the engine's tables and serialized variables included) is given the erasure's
     * pseudonym, and the account is deactivated. The audit entry counts and names no one.
     */
    public Outcome erase(Actor actor, String username, List<String> others) {
        UserAccount account = account(actor, username);
        if (account.getUsername().equals(actor.username())) {
            throw new RuleViolation("username", "privacy.erase.self");
        }
        if (account.getUsername().matches("raderad-\\d+")) {
            throw new RuleViolation("username", "privacy.erase.already");
        }
        for (String other : others) {
            if (other.strip().length() < Identity.SHORTEST_OTHER) {
                throw new RuleViolation("others", "privacy.others.tooShort", other.strip(), Identity.SHORTEST_OTHER);
            }
        }
        Identity identity = identityOf(account, others);
        Erasure erasure = new Erasure(clock.instant(), actor.username());
        em.persist(erasure);
        em.flush();
        em.clear();
        Pseudonyms pseudonyms = new Pseudonyms(identity, erasure);
        try (Connection connection = dataSource.getConnection()) {
            int[] files = attachments(connection, identity.username());
            int mails = update(connection, "delete from outbox_message where lower(recipient) = ?",
                    identity.email() == null ? "" : identity.email().toLowerCase(Locale.ROOT));
            update(connection, "delete from account_token where username = ?", identity.username());
            moveAccount(connection, identity.username(), erasure);
            Map<String, Integer> rows = new PersonalDataScan(connection, identity)
                    .pseudonymise(pseudonyms, "app_user", "username");
            update(connection, "delete from app_user where username = ?", identity.username());
            Outcome outcome = new Outcome(erasure.getId(), erasure.pseudonymName(), rows, files[0], files[1], mails);
            em.find(Erasure.class, erasure.getId()).counted(outcome.rows(), files[0], files[1], mails);
            audit.record(actor.username(), "PERSONAL_DATA_ERASED", "erasure:" + erasure.getId(), details(outcome));
            return outcome;
        } catch (SQLException e) {
            throw new IllegalStateException("the erasure failed; nothing was changed", e);
        }
    }

    private static Identity identityOf(UserAccount account, List<String> others) {
        return new Identity(account.getUsername(), account.getFullName(), account.getEmail(), others);
    }

    /** Deletes the person's files without legal hold (after the commit); returns deleted and held. */
    private int[] attachments(Connection connection, String username) throws SQLException {
        List<String> deleted = new ArrayList<>();
        int held = 0;
        try (PreparedStatement select = connection.prepareStatement("select a.id, a.sha256, g.status from attachment a"
                + " join grant_application g on g.id = a.application_id where a.uploaded_by = ?")) {
            select.setString(1, username);
            try (ResultSet rows = select.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    if (HELD_STATUSES.contains(rows.getString(3))) {
                        held++;
                    } else {
                        ids.add(rows.getLong(1));
                        deleted.add(rows.getString(2));
                    }
                }
                for (Long id : ids) {
                    update(connection, "delete from attachment where id = ?", id);
                }
            }
        }
        List<String> unreferenced = new ArrayList<>();
        for (String checksum : deleted) {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from attachment where sha256 = ?")) {
                count.setString(1, checksum);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    if (result.getLong(1) == 0) {
                        unreferenced.add(checksum);
                    }
                }
            }
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    unreferenced.forEach(store::delete);
                }
            }
        });
        return new int[] {deleted.size(), held};
    }

    /** A copy of the account under the pseudonym, deactivated; the old row goes once nothing refers to it. */
    private static void moveAccount(Connection connection, String username, Erasure erasure) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select * from app_user where username = ?")) {
            select.setString(1, username);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                ResultSetMetaData meta = result.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), result.getObject(i));
                }
            }
        }
        row.put("username", erasure.pseudonymUsername());
        row.put("full_name", erasure.pseudonymName());
        row.put("email", erasure.pseudonymEmail());
        row.put("active", false);
        row.put("decision_note", null);
        row.put("sso_issuer", null);
        row.put("sso_subject", null);
        String columns = String.join(", ", row.keySet());
        String marks = row.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement insert = connection.prepareStatement("insert into app_user (" + columns + ") values (" + marks + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
    }

    private static int update(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            return statement.executeUpdate();
        }
    }

    private static String details(Outcome outcome) {
        String tables = outcome.rowsPerTable().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return "erasure " + outcome.erasure() + ": " + outcome.rows() + " rows (" + tables + "), "
                + outcome.filesDeleted() + " files deleted, " + outcome.filesHeld() + " kept (legal hold), "
                + outcome.mailsDeleted() + " mails deleted";
    }
}
