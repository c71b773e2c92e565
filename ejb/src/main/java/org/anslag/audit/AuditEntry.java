package org.anslag.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One recorded action. Subject names the record, e.g. "application:IH-2026-0001". */
@Entity
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String action;
    private String subject;
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String subject, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }
}
