package org.anslag.accessibility;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone could not use a page: what stopped them, where, and where to answer them. */
@Entity
@Table(name = "accessibility_feedback")
public class BarrierReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String submissionKey;
    private String description;
    private String page;
    private String replyEmail;
    private String language;
    private Instant receivedAt;
    private String handledBy;
    private Instant handledAt;
    @Version
    private long version;

    protected BarrierReport() {
    }

    BarrierReport(String submissionKey, String description, String page, String replyEmail, String language,
                  Instant receivedAt) {
        this.submissionKey = submissionKey;
        this.description = description;
        this.page = page;
        this.replyEmail = replyEmail;
        this.language = language;
        this.receivedAt = receivedAt;
    }

    void handle(String username, Instant at) {
        this.handledBy = username;
        this.handledAt = at;
    }

    public boolean isHandled() {
        return handledAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    /** The page the reporter was on, or null when they did not say. */
    public String getPage() {
        return page;
    }

    /** Where to send the answer, or null when the reporter wants none. */
    public String getReplyEmail() {
        return replyEmail;
    }

    /** The language the reporter wrote in (sv or en), so the answer can be in it. */
    public String getLanguage() {
        return language;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }
}
