package org.anslag.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A file attached to an application; its bytes are found by the checksum. */
@Entity
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private String fileName;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    private String uploadedBy;
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(Long applicationId, String fileName, FileKind kind, long size, String sha256, String uploadedBy,
               Instant uploadedAt) {
        this.applicationId = applicationId;
        this.fileName = fileName;
        this.contentType = kind.contentType();
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
