package org.anslag.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One attempt that counts towards throttling: for an account (as typed) from a client address. */
@Entity
@Table(name = "access_attempt")
public class AccessAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Throttling.Action action;
    private String account;
    private String address;
    /** Whether the attempt cost a password hash; attempts refused by the throttle do not. */
    private boolean hashed;
    private Instant attemptedAt;

    protected AccessAttempt() {
    }

    AccessAttempt(Throttling.Action action, String account, String address, boolean hashed, Instant at) {
        this.action = action;
        this.account = account;
        this.address = address;
        this.hashed = hashed;
        this.attemptedAt = at;
    }
}
