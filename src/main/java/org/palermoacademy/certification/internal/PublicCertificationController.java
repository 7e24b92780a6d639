package org.palermoacademy.certification.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.certification.Certificate;
import org.palermoacademy.certification.VerificationResult;
import org.palermoacademy.certification.VerificationService;
import org.palermoacademy.identity.SystemActor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What third parties read without signing in: verification by code or credential, the issuer's public
 * keys (JWK Set), its profile, the revocation list and each programme's achievement description.
 */
@RestController
class PublicCertificationController {

    private final VerificationService verification;
    private final CredentialSigner signer;
    private final CertificateStore store;
    private final Catalog catalog;

    PublicCertificationController(VerificationService verification, CredentialSigner signer, CertificateStore store,
            Catalog catalog) {
        this.verification = verification;
        this.signer = signer;
        this.store = store;
        this.catalog = catalog;
    }

    @GetMapping(path = "/api/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> byCode(@PathVariable String code, HttpServletRequest request) {
        return answer(verification.byCode(code, request.getRemoteAddr()));
    }

    @PostMapping(path = "/api/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> byCredential(HttpServletRequest request) throws java.io.IOException {
        byte[] body = request.getInputStream().readNBytes(VerificationService.MAX_UPLOAD_CHARS + 1);
        return answer(verification.byCredential(new String(body, StandardCharsets.UTF_8), request.getRemoteAddr()));
    }

    private static ResponseEntity<Map<String, Object>> answer(VerificationResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
        if (r.holderName() != null) {
            json.put("code", r.code());
            json.put("holder", r.holderName());
            json.put("programme", r.programmeTitle());
            json.put("issuer", r.issuer());
            json.put("issuedAt", r.issuedAt().toString());
            json.put("validUntil", r.validUntil().toString());
            if (r.revokedAt() != null) {
                json.put("revokedAt", r.revokedAt().toString());
            }
            json.put("signatureValid", r.signatureValid());
        }
        HttpStatus status = switch (r.outcome()) {
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(json);
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(signer.jwks());
    }

    @GetMapping(path = "/certification/issuer", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> issuer() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        p.put("id", signer.issuerId());
        p.put("type", List.of("Profile"));
        p.put("name", CredentialSigner.ISSUER_NAME);
        p.put("url", signer.baseUrl());
        p.put("description", "Training platform on international cooperation under the UN Convention against "
                + "Transnational Organized Crime.");
        return p;
    }

    @GetMapping(path = "/certification/revocations", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> revocations() {
        List<Map<String, Object>> revoked = new ArrayList<>();
        for (Certificate c : store.revoked()) {
            revoked.add(Map.of("id", c.credentialId(), "revocationDate", c.revokedAt().toString()));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("id", signer.baseUrl() + "/certification/revocations");
        list.put("issuer", signer.issuerId());
        list.put("revokedCredentials", revoked);
        return list;
    }

    @GetMapping(path = "/certification/programmes/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> achievement(@PathVariable String id) {
        Programme p = SystemActor.as("public", () -> catalog.programme(id).orElse(null));
        if (p == null) {
            return ResponseEntity.notFound().build();
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", signer.baseUrl() + "/certification/programmes/" + p.id());
        a.put("type", List.of("Achievement"));
        a.put("achievementType", "Certificate");
        a.put("name", p.title());
        a.put("description", p.description());
        a.put("validity", p.validity().toString());
        a.put("requiredCourses", p.requiredCourses());
        a.put("requiredExercises", p.requiredExercises().stream().map(x -> Map.of("scenario", x.scenarioId(),
                "minPercent", x.minPercent())).toList());
        return ResponseEntity.ok(a);
    }
}
