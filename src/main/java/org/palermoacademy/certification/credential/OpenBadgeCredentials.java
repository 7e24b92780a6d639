package org.palermoacademy.certification.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.palermoacademy.certification.credential.Verification.Outcome;

/**
 * Builds Open Badges 3.0 {@code OpenBadgeCredential}s and secures them as VC-JWT (OB 3.0 section 8.2):
 * a compact JWS, RS256, whose payload is the credential itself plus the registered claims {@code iss}
 * (issuer.id), {@code jti} (id), {@code sub} (credentialSubject.id), {@code nbf} (validFrom) and
 * {@code exp} (validUntil). The JOSE header holds only {@code alg}, {@code typ} and {@code kid}: OB 3.0
 * allows no other header parameters, so there is no {@code jku}.
 */
public final class OpenBadgeCredentials {

    /** The VC Data Model 2.0 context, always first. */
    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The Open Badges 3.0 context, always second. */
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** The revocation method named in {@code credentialStatus.type}. */
    public static final String REVOCATION_LIST_TYPE = "1EdTechRevocationList";
    /** Longest token {@link #verify} reads; anything longer is {@link Outcome#MALFORMED}. */
    public static final int MAX_TOKEN_CHARS = 64 * 1024;
    /** Longest uploaded JSON {@link #sameCredential} reads (room for generous indentation). */
    public static final int MAX_UPLOAD_CHARS = 256 * 1024;


    private OpenBadgeCredentials() {
    }

    // --- building ---

    /** The credential as an insertion-ordered JSON object (maps, lists and strings; unmodifiable). */
    public static Map<String, Object> credential(CredentialData d) {
        Objects.requireNonNull(d, "credential data");
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", d.issuerId());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", d.issuerName());
        issuer.put("url", d.issuerUrl());

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", d.achievementId());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", d.achievementName());
        achievement.put("description", d.achievementDescription());
        achievement.put("criteria", Map.of("narrative", d.criteriaNarrative()));

        // OB 3.0 names the recipient through an IdentityObject; "name" is one of its identity types
        Map<String, Object> holderName = new LinkedHashMap<>();
        holderName.put("type", "IdentityObject");
        holderName.put("identityType", "name");
        holderName.put("hashed", false);
        holderName.put("identityHash", d.holderName());

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", d.holderId());
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Collections.unmodifiableMap(holderName)));
        subject.put("achievement", Collections.unmodifiableMap(achievement));

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", d.credentialId());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", d.achievementName());
        credential.put("issuer", Collections.unmodifiableMap(issuer));
        credential.put("validFrom", timestamp(d.validFrom()));
        credential.put("validUntil", timestamp(d.validUntil()));
        credential.put("credentialSubject", Collections.unmodifiableMap(subject));
        if (d.statusUrl() != null) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("id", d.statusUrl());
            status.put("type", REVOCATION_LIST_TYPE);
            credential.put("credentialStatus", Collections.unmodifiableMap(status));
        }
        return Collections.unmodifiableMap(credential);
    }

    /** The credential as indented JSON, e.g. for download. */
    public static String credentialJson(CredentialData d) {
        return Json.pretty(credential(d));
    }

    // --- signing ---

    /**
     * Signs the credential as a compact VC-JWT after validating it against the Open Badges schema.
     *
     * @param key     a private RSA key with a {@code kid}, normally {@link SigningKeys#active()}
     * @param jwksUrl where the public JWK Set is published, or {@code null}; when given, the header
     *                {@code kid} is {@code jwksUrl#kid}, the URI form OB 3.0 asks for
     * @throws IllegalStateException    listing the schema problems when the credential is not valid
     * @throws IllegalArgumentException when the key or URL is unusable
     */
    public static String sign(CredentialData d, RSAKey key, String jwksUrl) {
        Objects.requireNonNull(d, "credential data");
        if (key == null || !key.isPrivate() || key.getKeyID() == null || key.getKeyID().isBlank()) {
            throw new IllegalArgumentException("signing needs a private RSA key with a key id");
        }
        if (!VcJwtVerifier.KID.matcher(key.getKeyID()).matches()) {
            throw new IllegalArgumentException("the key id must be 1-200 characters of A-Z a-z 0-9 . _ : ~ + / = -");
        }
        Map<String, Object> credential = credential(d);
        List<String> problems = CredentialSchema.problemsIn(Json.MAPPER.valueToTree(credential));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the credential " + d.credentialId()
                    + " does not match the Open Badges 3.0 schema: " + String.join("; ", problems));
        }
        Map<String, Object> payload = new LinkedHashMap<>(credential);
        payload.put("iss", d.issuerId());
        payload.put("jti", d.credentialId());
        payload.put("sub", d.holderId());
        payload.put("nbf", d.validFrom().getEpochSecond());
        payload.put("exp", d.validUntil().getEpochSecond());

        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(headerKid(key.getKeyID(), jwksUrl))
                .build();
        JWSObject jws = new JWSObject(header, new Payload(Json.compact(payload)));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot sign with key " + key.getKeyID() + ": " + e.getMessage(), e);
        }
        String token = jws.serialize();
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new IllegalStateException("the signed credential " + d.credentialId() + " has " + token.length()
                    + " characters, more than the " + MAX_TOKEN_CHARS + " a verifier accepts: shorten its texts");
        }
        return token;
    }

    private static String headerKid(String kid, String jwksUrl) {
        if (jwksUrl == null) {
            return kid;
        }
        URI uri;
        try {
            uri = new URI(jwksUrl);
        } catch (Exception e) {
            throw new IllegalArgumentException("the JWKS URL is not a valid URL: " + jwksUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getFragment() != null) {
            throw new IllegalArgumentException("the JWKS URL must be an http(s) URL without '#': " + jwksUrl);
        }
        return jwksUrl + "#" + kid;
    }
    // --- verifying ---

    /**
     * Verifies a compact VC-JWT: canonical RS256 JWS, a known key, a matching signature, the registered
     * claims agreeing with the credential, and the validity period. Hostile input (garbage, huge strings,
     * {@code alg: none}, HMAC tokens, extra header parameters) gives {@link Outcome#MALFORMED} or another
     * failed outcome, never an exception.
     *
     * @param keyByKid finds a key by its bare id (e.g. {@link SigningKeys#publicKey}); its own exceptions
     *                 (an unreachable key store, say) propagate, because "unknown key" would wrongly
     *                 suggest a forgery
     * @param now      the instant to judge validity at
     */
    public static Verification verify(String compactJwt, Function<String, Optional<RSAKey>> keyByKid, Instant now) {
        Objects.requireNonNull(keyByKid, "keyByKid");
        Objects.requireNonNull(now, "now");
        return VcJwtVerifier.verify(compactJwt, keyByKid, now);
    }

    /**
     * Whether uploaded credential JSON says exactly what a stored signed credential says: JSON equality
     * with the JWT payload minus its registered claims, ignoring whitespace and key order. Any changed,
     * added or removed value, a duplicate key, or unreadable input gives {@code false}. The token's
     * signature is not checked here: {@link #verify} the stored token for that.
     */
    public static boolean sameCredential(String uploadedJson, String compactJwt) {
        return VcJwtVerifier.sameCredential(uploadedJson, compactJwt);
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
