package org.anslag.web.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Talks to the identity provider: reads its metadata (discovery), builds the address the
 * browser is sent to, and redeems the code the browser brings back for an ID token whose
 * signature (the provider's published keys), issuer, audience, expiry and nonce are checked.
 */
@ApplicationScoped
public class OidcProvider {

    /** The provider could not be reached or answered something unusable. */
    public static class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Metadata(URI authorization, URI token, JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
    }

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile JWKSource<com.nimbusds.jose.proc.SecurityContext> keys;
    private volatile String keysAddress;

    public URI authorization(OidcSettings settings, String redirectUri, PendingSignIn pending) throws Unavailable {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid email profile");
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.challenge());
        query.put("code_challenge_method", "S256");
        URI endpoint = metadata(settings).authorization();
        return URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + form(query));
    }

    /** The verified claims of the ID token the code is exchanged for. */
    public JWTClaimsSet redeem(OidcSettings settings, String redirectUri, PendingSignIn pending, String code) throws Unavailable {
        Metadata provider = metadata(settings);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", pending.verifier());
        String basic = Base64.getEncoder().encodeToString((encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        JsonObject answer = json(HttpRequest.newBuilder(provider.token()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build());
        if (!answer.containsKey("id_token")) {
            throw new Unavailable("the token endpoint answered without an ID token: " + answer.getString("error", "?"), null);
        }
        DefaultJWTProcessor<com.nimbusds.jose.proc.SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, provider.keys()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.clientId(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).claim("nonce", pending.nonce()).build(),
                Set.of("sub", "iat", "exp")));
        try {
            return processor.process(answer.getString("id_token"), null);
        } catch (Exception refused) {
            throw new Unavailable("the ID token was refused: " + refused.getMessage(), refused);
        }
    }

    /**
     * Read at every sign-in (one small request), so a provider that moved its endpoints, or is down,
     * is noticed at once; the keys are cached by their address (and fetched again for an unknown key id).
     */
    private Metadata metadata(OidcSettings settings) throws Unavailable {
        JsonObject document = json(HttpRequest.newBuilder(URI.create(settings.issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10)).GET().build());
        if (!settings.issuer().equals(document.getString("issuer", ""))) {
            throw new Unavailable("the provider calls itself " + document.getString("issuer", "?")
                    + ", not OIDC_ISSUER " + settings.issuer(), null);
        }
        try {
            String jwks = document.getString("jwks_uri");
            JWKSource<com.nimbusds.jose.proc.SecurityContext> known = keys;
            if (known == null || !jwks.equals(keysAddress)) {
                known = JWKSourceBuilder.create(URI.create(jwks).toURL()).retrying(true).build();
                keys = known;
                keysAddress = jwks;
            }
            return new Metadata(URI.create(document.getString("authorization_endpoint")),
                    URI.create(document.getString("token_endpoint")), known);
        } catch (IOException | RuntimeException unusable) {
            throw new Unavailable("the provider's metadata is incomplete: " + unusable.getMessage(), unusable);
        }
    }

    private JsonObject json(HttpRequest request) throws Unavailable {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException | RuntimeException unreachable) {
            throw new Unavailable(request.uri() + ": " + unreachable, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable(request.uri() + ": interrupted", interrupted);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
