package org.anslag.retention;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One application of the retention rules, with what each rule removed. */
@Entity
public class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String startedBy;
    private Instant finishedAt;
    private int staleDrafts;
    private int mailBodies;
    private int readEntries;
    private int auditEntries;
    private int processDefinitions;

    protected RetentionRun() {
    }

    RetentionRun(String startedBy, Instant finishedAt, int staleDrafts, int mailBodies, int readEntries, int auditEntries,
                 int processDefinitions) {
        this.startedBy = startedBy;
        this.finishedAt = finishedAt;
        this.staleDrafts = staleDrafts;
        this.mailBodies = mailBodies;
        this.readEntries = readEntries;
        this.auditEntries = auditEntries;
        this.processDefinitions = processDefinitions;
    }

    /** For the audit log: counts only, never whose data went. */
    String counts() {
        return "drafts " + staleDrafts + ", mail bodies " + mailBodies + ", read log " + readEntries + ", audit log "
                + auditEntries + ", process definitions " + processDefinitions;
    }

    public Long getId() {
        return id;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getStaleDrafts() {
        return staleDrafts;
    }

    public int getMailBodies() {
        return mailBodies;
    }

    public int getReadEntries() {
        return readEntries;
    }

    public int getAuditEntries() {
        return auditEntries;
    }

    public int getProcessDefinitions() {
        return processDefinitions;
    }
}
