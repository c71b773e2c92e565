package org.anslag.it.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The review timers of an application's process, read and moved in the engine's own job table
 * while the server is down (an H2 file is only open to one process). No user can bring a reminder
 * eleven days forward; this is the test's clock move, as ReminderRetryIT's setJobDuedate is inside
 * a running server.
 */
final class ReviewTimers {

    static final String REMINDER = "BoundaryEvent_ReviewReminder";
    static final String OVERDUE = "BoundaryEvent_ReviewOverdue";

    private final CrashServer server;

    ReviewTimers(CrashServer server) {
        this.server = server;
    }

    /** When the application's timer of this activity is due; empty when it has no such timer (any more). */
    Optional<Instant> due(String applicationNumber, String activityId) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement("""
                select j.DUEDATE_ from ACT_RU_JOB j
                join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
                join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_
                where e.BUSINESS_KEY_ = ? and d.ACT_ID_ = ?""")) {
            query.setString(1, applicationNumber);
            query.setString(2, activityId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }

    /** Moves the timer to {@code at}; fails unless exactly one job moved. */
    void moveTo(String applicationNumber, String activityId, Instant at) throws SQLException {
        try (Connection connection = connect(); PreparedStatement update = connection.prepareStatement("""
                update ACT_RU_JOB set DUEDATE_ = ? where ID_ in (
                  select j.ID_ from ACT_RU_JOB j
                  join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
                  join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_
                  where e.BUSINESS_KEY_ = ? and d.ACT_ID_ = ?)""")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, applicationNumber);
            update.setString(3, activityId);
            int moved = update.executeUpdate();
            if (moved != 1) {
                throw new IllegalStateException(moved + " timers " + activityId + " of " + applicationNumber + " moved, not 1");
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.jdbcUser(), server.jdbcPassword());
    }
}
