package org.anslag.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One read of an application by a member of staff: a page visit or a file downloaded. */
@Entity
public class ReadEntry {

    /** What was read. */
    public enum What {
        APPLICATION_PAGE, SUBMITTED_PDF, ATTACHMENT, LETTER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String roles;
    private Long applicationId;
    private String applicationNumber;
    @Enumerated(EnumType.STRING)
    private What what;
    private String detail;
    private Instant readAt;

    protected ReadEntry() {
    }

    ReadEntry(String username, String roles, Long applicationId, String applicationNumber, What what, String detail,
              Instant readAt) {
        this.username = username;
        this.roles = roles;
        this.applicationId = applicationId;
        this.applicationNumber = applicationNumber;
        this.what = what;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
        this.readAt = readAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getRoles() {
        return roles;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public What getWhat() {
        return what;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
