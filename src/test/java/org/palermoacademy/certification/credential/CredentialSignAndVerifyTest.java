package org.palermoacademy.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.palermoacademy.certification.credential.CredentialFixtures.JWKS_URL;
import static org.palermoacademy.certification.credential.CredentialFixtures.KEY;
import static org.palermoacademy.certification.credential.CredentialFixtures.OTHER_KEY;
import static org.palermoacademy.certification.credential.CredentialFixtures.VALID_FROM;
import static org.palermoacademy.certification.credential.CredentialFixtures.VALID_UNTIL;
import static org.palermoacademy.certification.credential.CredentialFixtures.data;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.palermoacademy.certification.credential.Verification.Outcome;

class CredentialSignAndVerifyTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** Our key store in miniature: KEY only. */
    private static final Function<String, Optional<RSAKey>> OURS =
            kid -> kid.equals(KEY.getKeyID()) ? Optional.of(KEY.toPublicJWK()) : Optional.empty();

    private static final String TOKEN = OpenBadgeCredentials.sign(data(), KEY, JWKS_URL);

    private static Verification verify(String token) {
        return OpenBadgeCredentials.verify(token, OURS, NOW);
    }

    @Test
    void aSignedCredentialVerifies() {
        Verification v = verify(TOKEN);
        assertThat(v.outcome()).isEqualTo(Outcome.VALID);
        assertThat(v.isValid()).isTrue();
        assertThat(v.problem()).isNull();
        assertThat(v.kid()).isEqualTo(KEY.getKeyID());
        assertThat(v.credential()).isEqualTo(OpenBadgeCredentials.credential(data()));
    }

    @Test
    void theHeaderHasOnlyAlgTypAndKid() throws Exception {
        JWSHeader header = JWSObject.parse(TOKEN).getHeader();
        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(header.getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(header.getKeyID()).isEqualTo(JWKS_URL + "#" + KEY.getKeyID());
        assertThat(header.getIncludedParams()).containsExactlyInAnyOrder("alg", "typ", "kid");

        String bare = OpenBadgeCredentials.sign(data(), KEY, null);
        assertThat(JWSObject.parse(bare).getHeader().getKeyID()).isEqualTo(KEY.getKeyID());
        assertThat(verify(bare).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void theRegisteredClaimsEqualTheCredentialFields() throws Exception {
        CredentialData d = data();
        JWTClaimsSet claims = SignedJWT.parse(TOKEN).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(d.issuerId());
        assertThat(claims.getJWTID()).isEqualTo(d.credentialId());
        assertThat(claims.getSubject()).isEqualTo(d.holderId());
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(VALID_FROM);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(VALID_UNTIL);

        Map<String, Object> payload = claims.toJSONObject();
        assertThat(payload.get("@context")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(OpenBadgeCredentials.VC_CONTEXT, OpenBadgeCredentials.OB_CONTEXT);
        assertThat(payload.get("validFrom")).isEqualTo("2025-03-01T09:00:00Z");
        assertThat(payload.get("validUntil")).isEqualTo("2028-03-01T09:00:00Z");
        assertThat(payload).containsKeys("credentialSubject", "issuer", "credentialStatus", "name");
        String json = payloadJson();
        assertThat(json).contains("\"nbf\":" + VALID_FROM.getEpochSecond())
                .contains("\"exp\":" + VALID_UNTIL.getEpochSecond()).contains("\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]")
                .contains("\"type\":[\"Profile\"]").contains("\"type\":[\"AchievementSubject\"]")
                .contains("\"type\":[\"Achievement\"]").contains("\"achievementType\":\"Certificate\"")
                .contains("\"type\":\"1EdTechRevocationList\"");
    }

    @Test
    void everySingleChangedCharacterFailsVerification() {
        Set<Outcome> failures = EnumSet.of(Outcome.BAD_SIGNATURE, Outcome.MALFORMED, Outcome.UNKNOWN_KEY);
        int checked = 0;
        for (int i = 0; i < TOKEN.length(); i++) {
            char original = TOKEN.charAt(i);
            int index = ALPHABET.indexOf(original);
            // two other base64url letters (one differs only in the lowest bit) and one foreign character
            char[] replacements = index < 0
                    ? new char[] {'A', '_', ' '}
                    : new char[] {ALPHABET.charAt(index ^ 1), ALPHABET.charAt((index + 17) % 64), '='};
            for (char replacement : replacements) {
                String altered = TOKEN.substring(0, i) + replacement + TOKEN.substring(i + 1);
                Outcome outcome = verify(altered).outcome();
                assertThat(outcome).as("character %d changed to '%s'", i, replacement).isIn(failures);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3 * 1000);
    }

    @Test
    void changedCharactersInEachPartGiveTheExpectedOutcome() {
        String[] parts = TOKEN.split("\\.");
        String payloadFlipped = parts[0] + "." + flip(parts[1], parts[1].length() / 2) + "." + parts[2];
        String signatureFlipped = parts[0] + "." + parts[1] + "." + flip(parts[2], 10);
        assertThat(verify(payloadFlipped).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
        assertThat(verify(payloadFlipped).credential()).as("forged content is not handed out").isNull();
        assertThat(verify(signatureFlipped).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void aTokenSignedWithAnotherKeyHasABadSignature() {
        Function<String, Optional<RSAKey>> wrong = kid -> Optional.of(OTHER_KEY.toPublicJWK());
        assertThat(OpenBadgeCredentials.verify(TOKEN, wrong, NOW).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);

        // signed by a stranger who copied our kid
        RSAKey impostor = new RSAKey.Builder(OTHER_KEY).keyID(KEY.getKeyID()).build();
        String forged = OpenBadgeCredentials.sign(data(), impostor, JWKS_URL);
        assertThat(verify(forged).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void anUnknownKeyIsReportedWithItsId() {
        String token = OpenBadgeCredentials.sign(data(), OTHER_KEY, JWKS_URL);
        Verification v = verify(token);
        assertThat(v.outcome()).isEqualTo(Outcome.UNKNOWN_KEY);
        assertThat(v.kid()).isEqualTo(OTHER_KEY.getKeyID());
        assertThat(v.credential()).isNull();
    }

    @Test
    void validityIsJudgedAtTheGivenInstant() {
        assertThat(OpenBadgeCredentials.verify(TOKEN, OURS, VALID_FROM).outcome()).isEqualTo(Outcome.VALID);
        assertThat(OpenBadgeCredentials.verify(TOKEN, OURS, VALID_FROM.minusSeconds(1)).outcome())
                .isEqualTo(Outcome.NOT_YET_VALID);
        assertThat(OpenBadgeCredentials.verify(TOKEN, OURS, VALID_UNTIL.minusSeconds(1)).outcome())
                .isEqualTo(Outcome.VALID);
        Verification expired = OpenBadgeCredentials.verify(TOKEN, OURS, VALID_UNTIL);
        assertThat(expired.outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(expired.credential()).as("an expired credential is still shown").isNotNull();
        assertThat(expired.problem()).contains("2028-03-01T09:00:00Z");
    }

    @Test
    void unsignedAndHmacTokensAreRejected() throws Exception {
        String[] parts = TOKEN.split("\\.");
        String noneHeader = b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + KEY.getKeyID() + "\"}");
        assertThat(verify(noneHeader + "." + parts[1] + ".").outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(verify(noneHeader + "." + parts[1] + "." + parts[2]).outcome()).isEqualTo(Outcome.MALFORMED);

        // HS256 with a random secret and with the public key as the secret (algorithm confusion)
        byte[][] secrets = {new byte[32], KEY.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)};
        for (byte[] secret : secrets) {
            JWSObject hmac = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                    .keyID(KEY.getKeyID()).build(), new Payload(payloadJson()));
            hmac.sign(new MACSigner(secret));
            Verification v = verify(hmac.serialize());
            assertThat(v.outcome()).isIn(Outcome.MALFORMED, Outcome.BAD_SIGNATURE);
            assertThat(v.isValid()).isFalse();
        }
    }

    @Test
    void extraHeaderParametersAreRejectedEvenWhenProperlySigned() throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(KEY.getKeyID()).jwkURL(new URI("https://evil.example/jwks.json")).build();
        assertThat(verify(signRaw(header, payloadJson())).outcome()).isEqualTo(Outcome.MALFORMED);
    }

    @Test
    void claimsThatDisagreeWithTheCredentialAreAMismatch() throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(KEY.getKeyID()).build();
        Map<String, Object> payload = Json.object(payloadJson());
        payload.put("sub", "urn:uuid:someone-else");
        Verification v = verify(signRaw(header, Json.compact(payload)));
        assertThat(v.outcome()).isEqualTo(Outcome.CLAIMS_MISMATCH);
        assertThat(v.problem()).contains("sub");

        payload = Json.object(payloadJson());
        payload.put("exp", VALID_UNTIL.getEpochSecond() + 86_400);
        payload.put("nbf", VALID_FROM.getEpochSecond() - 1);
        v = verify(signRaw(header, Json.compact(payload)));
        assertThat(v.outcome()).isEqualTo(Outcome.CLAIMS_MISMATCH);
        assertThat(v.problem()).contains("exp").contains("nbf");

        payload = Json.object(payloadJson());
        payload.put("iss", "https://evil.example");
        payload.put("jti", "urn:uuid:other");
        assertThat(verify(signRaw(header, Json.compact(payload))).problem()).contains("iss").contains("jti");
    }

    @Test
    void missingClaimsAreMalformed() throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build();
        for (String claim : new String[] {"iss", "jti", "sub", "nbf"}) {
            Map<String, Object> payload = Json.object(payloadJson());
            payload.remove(claim);
            assertThat(verify(signRaw(header, Json.compact(payload))).outcome()).as(claim)
                    .isEqualTo(Outcome.MALFORMED);
        }
        Map<String, Object> payload = Json.object(payloadJson());
        payload.put("nbf", 1.5);
        assertThat(verify(signRaw(header, Json.compact(payload))).outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(verify(signRaw(header, "[1,2]")).outcome()).isEqualTo(Outcome.MALFORMED);
    }

    @Test
    void hostileInputIsMalformedAndNeverThrows() {
        String huge = "a".repeat(1024 * 1024);
        String deep = b64("[".repeat(5000)) + "." + b64("{}") + ".AAAA";
        String deepObject = b64("{\"alg\":\"RS256\",\"kid\":\"" + KEY.getKeyID() + "\",\"x\":" + "[".repeat(3000) + "}")
                + "." + TOKEN.split("\\.")[1] + "." + TOKEN.split("\\.")[2];
        String[] inputs = {null, "", "   ", "garbage", "a.b.c", "...", "a.b", "a.b.c.d", TOKEN + ".", "." + TOKEN,
                TOKEN + " ", " " + TOKEN, TOKEN + "=", huge, deep, deepObject, TOKEN.replace('.', ','),
                b64("{}") + "." + b64("{}") + "." + b64("x"), "\u0000.\u0000.\u0000",
                b64("{\"alg\":\"RS256\",\"kid\":\"" + KEY.getKeyID() + "\",\"alg\":\"none\"}") + "."
                        + TOKEN.split("\\.")[1] + "." + TOKEN.split("\\.")[2],
                b64("{\"alg\":\"RS256\",\"kid\":\"<b onmouseover=x>" + "k".repeat(400) + "\"}") + "."
                        + TOKEN.split("\\.")[1] + "." + TOKEN.split("\\.")[2],
                b64("{\"alg\":\"RS256\",\"kid\":[\"" + KEY.getKeyID() + "\"]}") + "."
                        + TOKEN.split("\\.")[1] + "." + TOKEN.split("\\.")[2]};
        for (String input : inputs) {
            Verification v = verify(input);
            assertThat(v.outcome()).as(input == null ? "null" : input.substring(0, Math.min(40, input.length())))
                    .isEqualTo(Outcome.MALFORMED);
            assertThat(v.credential()).isNull();
            assertThat(v.problem()).isNotBlank().hasSizeLessThan(200);
        }
    }

    @Test
    void keyStoreFailuresAreNotDisguisedAsUnknownKeys() {
        Function<String, Optional<RSAKey>> broken = kid -> {
            throw new IllegalStateException("key store unreachable");
        };
        assertThatThrownBy(() -> OpenBadgeCredentials.verify(TOKEN, broken, NOW))
                .isInstanceOf(IllegalStateException.class).hasMessage("key store unreachable");
    }

    @Test
    void signingNeedsAPrivateKeyAndAUsableJwksUrl() {
        assertThatThrownBy(() -> OpenBadgeCredentials.sign(data(), KEY.toPublicJWK(), JWKS_URL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenBadgeCredentials.sign(data(), KEY, "https://academy.example.org/jwks#x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenBadgeCredentials.sign(data(), KEY, "ftp://academy.example.org/jwks"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUploadedCopyIsTheSameCredentialWhateverItsFormatting() {
        String pretty = OpenBadgeCredentials.credentialJson(data());
        assertThat(OpenBadgeCredentials.sameCredential(pretty, TOKEN)).isTrue();
        assertThat(OpenBadgeCredentials.sameCredential(Json.compact(OpenBadgeCredentials.credential(data())), TOKEN))
                .isTrue();
        // keys in another order and different whitespace
        Map<String, Object> reordered = new LinkedHashMap<>();
        var entries = new java.util.ArrayList<>(OpenBadgeCredentials.credential(data()).entrySet());
        java.util.Collections.reverse(entries);
        entries.forEach(e -> reordered.put(e.getKey(), e.getValue()));
        String reformatted = "\n\t " + Json.pretty(reordered).replace("\n", "\r\n\t") + " \n";
        assertThat(reformatted).isNotEqualTo(pretty);
        assertThat(OpenBadgeCredentials.sameCredential(reformatted, TOKEN)).isTrue();
    }

    @Test
    void anyChangeInAnUploadedCopyIsDetected() {
        String pretty = OpenBadgeCredentials.credentialJson(data());
        assertThat(pretty).contains("Amina Haddad");
        assertThat(OpenBadgeCredentials.sameCredential(pretty.replace("Amina Haddad", "Amina Haddat"), TOKEN))
                .isFalse();
        assertThat(OpenBadgeCredentials.sameCredential(OpenBadgeCredentials.credentialJson(data("Amina Hadad")),
                TOKEN)).isFalse();
        assertThat(OpenBadgeCredentials.sameCredential(pretty.replace("2028-03-01", "2038-03-01"), TOKEN)).isFalse();
        // an added property, a duplicated key, the full payload with claims, garbage
        assertThat(OpenBadgeCredentials.sameCredential(pretty.replaceFirst("\\{", "{\"extra\":1,"), TOKEN)).isFalse();
        assertThat(OpenBadgeCredentials.sameCredential(
                pretty.replaceFirst("\\{", "{\"name\":\"Forged\","), TOKEN)).isFalse();
        assertThat(OpenBadgeCredentials.sameCredential(payloadJson(), TOKEN)).isFalse();
        assertThat(OpenBadgeCredentials.sameCredential("not json", TOKEN)).isFalse();
        assertThat(OpenBadgeCredentials.sameCredential(pretty, "not a token")).isFalse();
        assertThat(OpenBadgeCredentials.sameCredential(null, TOKEN)).isFalse();
        assertThat(OpenBadgeCredentials.sameCredential(" ".repeat(OpenBadgeCredentials.MAX_UPLOAD_CHARS) + pretty,
                TOKEN)).isFalse();
    }

    // --- helpers ---

    private static String payloadJson() {
        return new String(Base64.getUrlDecoder().decode(TOKEN.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String signRaw(JWSHeader header, String payload) throws Exception {
        JWSObject jws = new JWSObject(header, new Payload(payload));
        jws.sign(new RSASSASigner(KEY));
        return jws.serialize();
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String flip(String part, int at) {
        int index = ALPHABET.indexOf(part.charAt(at));
        return part.substring(0, at) + ALPHABET.charAt(index ^ 1) + part.substring(at + 1);
    }
}
