package org.anslag.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The application as it was submitted, as text; it never changes afterwards. */
@Entity
public class SubmittedVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private String content;
    private String sha256;
    private Instant createdAt;

    protected SubmittedVersion() {
    }

    SubmittedVersion(Long applicationId, String content, String sha256, Instant createdAt) {
        this.applicationId = applicationId;
        this.content = content;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
