package org.anslag.integration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A token issued to another system. Only the SHA-256 of the secret is kept. */
@Entity
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ApiScope scope;
    private String tokenHash;
    private String issuedBy;
    private Instant issuedAt;
    private Instant lastUsedAt;
    private String revokedBy;
    private Instant revokedAt;
    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(String name, ApiScope scope, String tokenHash, String issuedBy, Instant issuedAt) {
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    void usedAt(Instant instant) {
        lastUsedAt = instant;
    }

    void revoke(String by, Instant at) {
        revokedBy = by;
        revokedAt = at;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    ApiClient asClient() {
        return new ApiClient(id, name, scope);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ApiScope getScope() {
        return scope;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
