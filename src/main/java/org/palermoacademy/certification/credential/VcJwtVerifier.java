package org.palermoacademy.certification.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.palermoacademy.certification.credential.Verification.Outcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and checks VC-JWTs for {@link OpenBadgeCredentials#verify} and
 * {@link OpenBadgeCredentials#sameCredential}. Every step distrusts its input: canonical base64url only
 * (so no second spelling of a token verifies), a strict JSON header with nothing but {@code alg=RS256},
 * {@code typ=JWT} and {@code kid}, the signature before the payload is believed, then the claims.
 */
final class VcJwtVerifier {

    static final List<String> REGISTERED_CLAIMS = List.of("iss", "jti", "sub", "nbf", "exp");
    /** A bare key id: printable ASCII without spaces, '#' or quotes (thumbprints are base64url). */
    static final Pattern KID = Pattern.compile("[A-Za-z0-9._:~+/=-]{1,200}");
    private static final Set<String> ALLOWED_HEADER = Set.of("alg", "typ", "kid");
    private static final int MAX_KID_CHARS = 512;
    private static final int MAX_TOKEN_CHARS = OpenBadgeCredentials.MAX_TOKEN_CHARS;
    private static final int MAX_UPLOAD_CHARS = OpenBadgeCredentials.MAX_UPLOAD_CHARS;
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder BASE64URL_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private VcJwtVerifier() {
    }

    static Verification verify(String compactJwt, Function<String, Optional<RSAKey>> keyByKid, Instant now) {
        Parsed parsed;
        try {
            parsed = parse(compactJwt);
        } catch (RuntimeException e) {
            return Verification.failed(Outcome.MALFORMED, null, "the token could not be read");
        }
        if (parsed.problem() != null) {
            return Verification.failed(Outcome.MALFORMED, parsed.kid(), parsed.problem());
        }
        Optional<RSAKey> key = keyByKid.apply(parsed.kid());
        if (key == null || key.isEmpty()) {
            return Verification.failed(Outcome.UNKNOWN_KEY, parsed.kid(),
                    "the token names a signing key that is not ours: " + parsed.kid());
        }
        try {
            return checkSignedToken(parsed, key.get(), now);
        } catch (RuntimeException e) {
            return Verification.failed(Outcome.MALFORMED, parsed.kid(), "the token could not be read");
        }
    }

    /** A token taken apart; {@code problem} is set when it is malformed. */
    private record Parsed(JWSObject jws, byte[] payload, String kid, String problem) {

        static Parsed malformed(String kid, String problem) {
            return new Parsed(null, null, kid, problem);
        }
    }

    private static Parsed parse(String token) {
        if (token == null || token.isBlank()) {
            return Parsed.malformed(null, "no token given");
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            return Parsed.malformed(null, "the token is longer than " + MAX_TOKEN_CHARS + " characters");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Parsed.malformed(null, "not a compact JWS (three base64url parts separated by dots)");
        }
        byte[] headerBytes = decodeCanonical(parts[0]);
        byte[] payload = decodeCanonical(parts[1]);
        byte[] signature = decodeCanonical(parts[2]);
        if (headerBytes == null || payload == null || signature == null) {
            return Parsed.malformed(null, "a part of the token is empty or not canonical base64url");
        }
        Map<String, Object> header;
        try {
            header = Json.object(headerBytes);
        } catch (RuntimeException e) {
            return Parsed.malformed(null, "the header is not a JSON object");
        }
        String kid = header.get("kid") instanceof String k && k.length() <= MAX_KID_CHARS ? bareKid(k) : null;
        if (kid != null && !KID.matcher(kid).matches()) {
            kid = null;
        }
        if (!"RS256".equals(header.get("alg"))) {
            return Parsed.malformed(kid, "only RS256 signatures are accepted, not " + safe(header.get("alg")));
        }
        for (String name : header.keySet()) {
            if (!ALLOWED_HEADER.contains(name)) {
                return Parsed.malformed(kid, "the header has a parameter OB 3.0 does not allow: " + safe(name));
            }
        }
        Object typ = header.get("typ");
        if (typ != null && !"JWT".equals(typ)) {
            return Parsed.malformed(kid, "the header type must be JWT, not " + safe(typ));
        }
        if (kid == null) {
            return Parsed.malformed(null, "the header has no usable key id (kid)");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(token);
        } catch (ParseException e) {
            return Parsed.malformed(kid, "not a valid JWS");
        }
        return new Parsed(jws, payload, kid, null);
    }

    private static Verification checkSignedToken(Parsed parsed, RSAKey key, Instant now) {
        String kid = parsed.kid();
        boolean genuine;
        try {
            genuine = parsed.jws().verify(new RSASSAVerifier(key.toRSAPublicKey()));
        } catch (JOSEException e) {
            genuine = false;
        }
        if (!genuine) {
            return Verification.failed(Outcome.BAD_SIGNATURE, kid,
                    "the signature does not match: the credential was altered or signed with another key");
        }
        Map<String, Object> payload;
        try {
            payload = Json.object(parsed.payload());
        } catch (RuntimeException e) {
            return Verification.failed(Outcome.MALFORMED, kid, "the payload is not a JSON object");
        }
        for (String claim : List.of("iss", "jti", "sub")) {
            if (!(payload.get(claim) instanceof String)) {
                return Verification.failed(Outcome.MALFORMED, kid, "the claim " + claim + " is missing");
            }
        }
        Long nbf = seconds(payload.get("nbf"));
        if (nbf == null) {
            return Verification.failed(Outcome.MALFORMED, kid, "the claim nbf is missing or not whole seconds");
        }
        Long exp = null;
        if (payload.containsKey("exp")) {
            exp = seconds(payload.get("exp"));
            if (exp == null) {
                return Verification.failed(Outcome.MALFORMED, kid, "the claim exp is not whole seconds");
            }
        }
        Map<String, Object> credential = new LinkedHashMap<>(payload);
        REGISTERED_CLAIMS.forEach(credential::remove);
        Instant validFrom = instant(credential.get("validFrom"));
        if (validFrom == null) {
            return Verification.failed(Outcome.MALFORMED, kid, "the credential has no valid validFrom");
        }
        Instant validUntil = null;
        if (credential.containsKey("validUntil")) {
            validUntil = instant(credential.get("validUntil"));
            if (validUntil == null) {
                return Verification.failed(Outcome.MALFORMED, kid, "the credential's validUntil is not a date-time");
            }
        }
        Map<String, Object> readOnly = Collections.unmodifiableMap(credential);

        List<String> mismatches = new ArrayList<>();
        if (!payload.get("iss").equals(issuerId(credential.get("issuer")))) {
            mismatches.add("iss differs from issuer.id");
        }
        if (!payload.get("jti").equals(credential.get("id"))) {
            mismatches.add("jti differs from id");
        }
        if (!(credential.get("credentialSubject") instanceof Map<?, ?> subject)
                || !payload.get("sub").equals(subject.get("id"))) {
            mismatches.add("sub differs from credentialSubject.id");
        }
        if (nbf != validFrom.getEpochSecond()) {
            mismatches.add("nbf differs from validFrom");
        }
        if (exp == null ? validUntil != null : validUntil == null || exp != validUntil.getEpochSecond()) {
            mismatches.add("exp differs from validUntil");
        }
        if (!mismatches.isEmpty()) {
            return new Verification(Outcome.CLAIMS_MISMATCH, readOnly, kid, String.join("; ", mismatches));
        }
        if (now.isBefore(Instant.ofEpochSecond(nbf))) {
            return new Verification(Outcome.NOT_YET_VALID, readOnly, kid,
                    "the credential is valid from " + Instant.ofEpochSecond(nbf));
        }
        if (exp != null && !now.isBefore(Instant.ofEpochSecond(exp))) {
            return new Verification(Outcome.EXPIRED, readOnly, kid,
                    "the credential expired at " + Instant.ofEpochSecond(exp));
        }
        return new Verification(Outcome.VALID, readOnly, kid, null);
    }

    static boolean sameCredential(String uploadedJson, String compactJwt) {
        try {
            if (uploadedJson == null || compactJwt == null || uploadedJson.length() > MAX_UPLOAD_CHARS
                    || compactJwt.length() > MAX_TOKEN_CHARS) {
                return false;
            }
            String[] parts = compactJwt.split("\\.", -1);
            if (parts.length != 3) {
                return false;
            }
            byte[] payload = decodeCanonical(parts[1]);
            if (payload == null) {
                return false;
            }
            JsonNode stored = Json.tree(new String(payload, StandardCharsets.UTF_8));
            JsonNode uploaded = Json.tree(uploadedJson);
            if (!(stored instanceof ObjectNode storedObject) || !uploaded.isObject()) {
                return false;
            }
            REGISTERED_CLAIMS.forEach(storedObject::remove);
            return storedObject.equals(uploaded);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Decodes base64url only in its one canonical, unpadded spelling, so no other string verifies. */
    private static byte[] decodeCanonical(String part) {
        if (part.isEmpty()) {
            return null;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!alphabet) {
                return null;
            }
        }
        if (part.length() % 4 == 1) {
            return null;
        }
        byte[] bytes = BASE64URL_DECODER.decode(part);
        return BASE64URL_ENCODER.encodeToString(bytes).equals(part) ? bytes : null;
    }

    private static String bareKid(String kid) {
        int hash = kid.lastIndexOf('#');
        return hash >= 0 ? kid.substring(hash + 1) : kid;
    }

    private static Long seconds(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Long l) {
            return l;
        }
        return null;
    }

    private static Instant instant(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object issuerId(Object issuer) {
        return issuer instanceof Map<?, ?> profile ? profile.get("id") : issuer;
    }

    /** A header value for a message: short and printable, so hostile input is not echoed at length. */
    private static String safe(Object value) {
        String text = String.valueOf(value).replaceAll("[^\\x20-\\x7E]", "?");
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
