package org.palermoacademy.certification.internal;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.certification.CertificateProblem;
import org.palermoacademy.certification.credential.CredentialData;
import org.palermoacademy.certification.credential.OpenBadgeCredentials;
import org.palermoacademy.certification.credential.SigningKeys;
import org.palermoacademy.certification.credential.Verification;
import org.palermoacademy.certification.internal.CertificateStore.CertificateDoc;
import org.palermoacademy.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform as credential issuer: its signing keys (generated on first start in the data directory,
 * or supplied as a private JWK by configuration), the Open Badges credential of a certificate signed as
 * VC-JWT, verification, the published JWK Set and the printable PDF.
 */
@Component
public class CredentialSigner {

    public static final String ISSUER_NAME = "Palermo Academy";
    private static final Logger log = LoggerFactory.getLogger(CredentialSigner.class);
    private final SigningKeys keys;
    private final boolean configuredKey;
    private final String baseUrl;

    CredentialSigner(@Value("${palermo.certification.keys-dir:}") String keysDir,
            @Value("${palermo.store.data-dir:data}") String dataDir,
            @Value("${palermo.certification.signing-jwk:}") String signingJwk,
            @Value("${palermo.base-url:http://localhost:8080}") String baseUrl, Clock clock) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (signingJwk != null && !signingJwk.isBlank()) {
            this.keys = SigningKeys.fromJwk(signingJwk);
            this.configuredKey = true;
            log.info("Certification: signing with the configured key {}", keys.active().getKeyID());
        } else {
            Path dir = keysDir == null || keysDir.isBlank() ? Path.of(dataDir, "certification-keys") : Path.of(keysDir);
            this.keys = SigningKeys.openOrCreate(dir, clock);
            this.configuredKey = false;
            log.info("Certification: signing key {} from {} ({} key(s) published)", keys.active().getKeyID(),
                    dir.toAbsolutePath(), keys.kids().size());
        }
    }

    public String jwksUrl() {
        return baseUrl + "/.well-known/jwks.json";
    }

    public String verifyUrl(String code) {
        return baseUrl + "/verify/" + code;
    }

    public String issuerId() {
        return baseUrl + "/certification/issuer";
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Builds, validates and signs the credential of a new certificate; fills its credential id, kid and JWT. */
    public void sign(CertificateDoc d, Programme p) {
        d.credentialId = "urn:uuid:" + d.id;
        CredentialData data = new CredentialData(d.credentialId, issuerId(), ISSUER_NAME, baseUrl, d.holderSubject,
                d.holderName, baseUrl + "/certification/programmes/" + p.id(), p.title(), p.description(),
                criteria(p, d), d.validFrom, d.validUntil, baseUrl + "/certification/revocations");
        RSAKey key = keys.active();
        d.kid = key.getKeyID();
        d.jwt = OpenBadgeCredentials.sign(data, key, jwksUrl());
    }

    private static String criteria(Programme p, CertificateDoc d) {
        String required = p.requiredCourses().stream().map(c -> "course " + c).collect(Collectors.joining(", "));
        String exercises = p.requiredExercises().stream().map(x -> "exercise " + x.scenarioId() + " graded at least "
                + x.minPercent() + "%").collect(Collectors.joining(", "));
        String what = d.renews == null ? "Completed " : "Renewed after completing the programme: ";
        return what + String.join("; ", java.util.stream.Stream.of(required, exercises).filter(s -> !s.isBlank())
                .toList()) + ".";
    }

    /** A signed credential of nobody, verified in place of a missing one so both take the same time. */
    public String decoy() {
        Instant now = Instant.now();
        CredentialData data = new CredentialData("urn:uuid:00000000-0000-4000-8000-000000000000", issuerId(), ISSUER_NAME,
                baseUrl, "urn:uuid:00000000-0000-4000-8000-000000000001", "Nobody", baseUrl + "/certification/programmes/none",
                "None", "A decoy for timing", "None", now, now.plusSeconds(3600), baseUrl + "/certification/revocations");
        return OpenBadgeCredentials.sign(data, keys.active(), jwksUrl());
    }

    /** Verifies a compact VC-JWT against our published keys. */
    public Verification verify(String jwt, Instant now) {
        return OpenBadgeCredentials.verify(jwt, keys::publicKey, now);
    }

    public boolean sameCredential(String uploadedJson, String jwt) {
        return OpenBadgeCredentials.sameCredential(uploadedJson, jwt);
    }

    /** The credential inside one of our VC-JWTs (without the JWT's registered claims), pretty-printed. */
    public String credentialJson(String jwt) {
        try {
            Map<String, Object> payload = new LinkedHashMap<>(com.nimbusds.jwt.SignedJWT.parse(jwt).getPayload()
                    .toJSONObject());
            for (String claim : new String[] {"iss", "jti", "nbf", "sub", "exp", "iat"}) {
                payload.remove(claim);
            }
            return tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(payload);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("Stored credential is not a JWT", e);
        }
    }

    public String jwks() {
        return keys.publicJwksJson();
    }

    /** Rotates to a new signing key (keys from the data directory only). */
    public String rotate() {
        if (configuredKey) {
            throw new CertificateProblem(CertificateProblem.Kind.INVALID, "cert.error.rotateConfigured");
        }
        return keys.rotate().getKeyID();
    }

    /** The printable certificate in a language (labels through the translation function). */
    public byte[] pdf(CertificateDoc d, Language language, Function<String, String> translate) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String k : new String[] {"title", "awardedTo", "forCompleting", "issuedBy", "issuedOn", "validUntil", "code",
                "verifyAt"}) {
            labels.put(k, translate.apply("cert.pdf." + k));
        }
        return CertificatePdf.render(new CertificatePdf.Print(d.holderName, d.programmeTitle, ISSUER_NAME,
                LocalDate.ofInstant(d.validFrom, ZoneOffset.UTC), LocalDate.ofInstant(d.validUntil, ZoneOffset.UTC),
                d.code, verifyUrl(d.code), labels, language == Language.AR));
    }
}
