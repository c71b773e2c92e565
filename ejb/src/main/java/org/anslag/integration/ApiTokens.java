package org.anslag.integration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/**
 * ADMIN issues and revokes the tokens of other systems; the API checks a presented token here.
 * A token is 32 random bytes, shown once; the database holds its SHA-256, so a copy of the
 * database signs nobody in.
 */
@Stateless
public class ApiTokens {

    static final String PREFIX = "anslag_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Last use is written at most once a minute per token, not on every call. */
    private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);
    private static final int MAX_NAME = 100;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    /** A newly issued token and its secret, which is never shown again. */
    public record Issued(ApiToken token, String secret) {
    }

    public Issued issue(Actor actor, String name, ApiScope scope) {
        actor.require(Role.ADMIN);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("name", "apiTokens.nameRequired");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new RuleViolation("name", "apiTokens.nameTooLong", MAX_NAME);
        }
        if (scope == null) {
            throw new RuleViolation("scope", "apiTokens.scopeRequired");
        }
        boolean taken = !em.createQuery("select t.id from ApiToken t where lower(t.name) = :name and t.revokedAt is null",
                Long.class).setParameter("name", trimmed.toLowerCase(java.util.Locale.ROOT)).getResultList().isEmpty();
        if (taken) {
            throw new RuleViolation("name", "apiTokens.nameTaken", trimmed);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(trimmed, scope, sha256(secret), actor.username(), clock.instant());
        em.persist(token);
        em.flush();
        audit.record(actor.username(), "api-token.issued", subject(token.getId()), trimmed + " (" + scope + ")");
        return new Issued(token, secret);
    }

    public ApiToken revoke(Actor actor, long id) {
        actor.require(Role.ADMIN);
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw new NotFound("api token " + id);
        }
        if (!token.isRevoked()) {
            token.revoke(actor.username(), clock.instant());
            audit.record(actor.username(), "api-token.revoked", subject(id), token.getName());
        }
        return token;
    }

    /** Every token, active ones first, the newest first. */
    public List<ApiToken> all(Actor actor) {
        actor.require(Role.ADMIN);
        return em.createQuery("select t from ApiToken t order by case when t.revokedAt is null then 0 else 1 end,"
                + " t.issuedAt desc, t.id desc", ApiToken.class).getResultList();
    }

    /** The client a presented secret signs in, if it is a token issued here and not revoked. */
    public Optional<ApiClient> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", sha256(secret)).getResultStream().findFirst();
        if (found.isEmpty() || found.get().isRevoked()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                        + " and (t.lastUsedAt is null or t.lastUsedAt < :grain)")
                .setParameter("now", now).setParameter("id", found.get().getId())
                .setParameter("grain", now.minus(LAST_USE_GRAIN)).executeUpdate();
        return Optional.of(found.get().asClient());
    }

    /** One call of the API, answered or refused; {@code client} is null when no valid token came. */
    public void recordCall(ApiClient client, String method, String path, int status) {
        audit.record(client == null ? "api:unknown" : client.auditName(), "api.call",
                client == null ? "api" : subject(client.tokenId()), method + " " + path + " " + status);
    }

    static String subject(long tokenId) {
        return "api-token:" + tokenId;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
