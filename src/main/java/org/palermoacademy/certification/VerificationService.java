package org.palermoacademy.certification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.palermoacademy.certification.credential.Verification;
import org.palermoacademy.certification.internal.CertificateStore;
import org.palermoacademy.certification.internal.CertificateStore.CertificateDoc;
import org.palermoacademy.certification.internal.CredentialSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Public verification of certificates, by code or by the credential itself (VC-JWT or its JSON), with
 * no sign-in. Every answer re-checks the stored credential's signature; unknown codes take the same work
 * (a signature check of a decoy) as known ones, so timing does not tell which codes exist; each client
 * gets a limited number of look-ups per minute.
 */
@Service
public class VerificationService {

    public static final int MAX_UPLOAD_CHARS = 256 * 1024;
    private static final Pattern CODE = Pattern.compile("PA-?[2-9A-HJKMNP-TV-Z]{4}-?[2-9A-HJKMNP-TV-Z]{4}-?[2-9A-HJKMNP-TV-Z]{4}");
    private final CertificateStore store;
    private final CredentialSigner signer;
    private final Clock clock;
    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private final long floorNanos;
    private volatile String decoy;

    VerificationService(CertificateStore store, CredentialSigner signer, Clock clock,
            @Value("${palermo.certification.verify-per-minute:30}") int perMinute,
            @Value("${palermo.certification.verify-floor:PT0.02S}") Duration floor) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
        this.perMinute = perMinute;
        this.floorNanos = floor.toNanos();
    }

    /**
     * Every look-up takes at least the configured floor (20 ms): a found certificate costs a little more
     * work than a missing one (mapping, a longer answer), and the floor hides that difference.
     */
    private VerificationResult padded(long started, VerificationResult result) {
        long left = floorNanos - (System.nanoTime() - started);
        if (left > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(left);
        }
        return result;
    }

    /** Looks a certificate up by the code printed on it. {@code client} keys the rate limit (an address). */
    @PreAuthorize("permitAll()")
    public VerificationResult byCode(String code, String client) {
        long started = System.nanoTime();
        if (!allowed(client)) {
            return VerificationResult.of(VerificationResult.Outcome.RATE_LIMITED);
        }
        Optional<CertificateDoc> found = normalise(code).flatMap(store::byCode);
        if (found.isEmpty()) {
            signer.verify(decoy(), clock.instant()); // the same work as for a real certificate
            return padded(started, VerificationResult.of(VerificationResult.Outcome.NOT_FOUND));
        }
        return padded(started, check(found.get()));
    }

    /** Verifies an uploaded credential: the VC-JWT as issued, or the credential JSON downloaded from the platform. */
    @PreAuthorize("permitAll()")
    public VerificationResult byCredential(String text, String client) {
        long started = System.nanoTime();
        return padded(started, credential(text, client));
    }

    private VerificationResult credential(String text, String client) {
        if (!allowed(client)) {
            return VerificationResult.of(VerificationResult.Outcome.RATE_LIMITED);
        }
        if (text == null || text.isBlank() || text.length() > MAX_UPLOAD_CHARS) {
            return VerificationResult.of(VerificationResult.Outcome.INVALID);
        }
        String t = text.strip();
        if (t.startsWith("{")) {
            Optional<CertificateDoc> doc = credentialId(t).flatMap(store::byCredentialId);
            if (doc.isEmpty()) {
                signer.verify(decoy(), clock.instant());
                return VerificationResult.of(VerificationResult.Outcome.NOT_FOUND);
            }
            if (!signer.sameCredential(t, doc.get().jwt)) {
                return VerificationResult.of(VerificationResult.Outcome.INVALID);
            }
            return check(doc.get());
        }
        Verification v = signer.verify(t, clock.instant());
        if (!genuine(v)) {
            return VerificationResult.of(VerificationResult.Outcome.INVALID);
        }
        Object id = v.credential() == null ? null : v.credential().get("id");
        Optional<CertificateDoc> doc = id == null ? Optional.empty() : store.byCredentialId(id.toString());
        if (doc.isEmpty()) {
            return VerificationResult.of(VerificationResult.Outcome.NOT_FOUND);
        }
        if (!doc.get().jwt.equals(t)) {
            return VerificationResult.of(VerificationResult.Outcome.INVALID);
        }
        return check(doc.get());
    }

    /**
     * Re-checks the stored credential and answers from what was signed (holder, programme, dates): a record
     * changed in the store after signing no longer matches its credential and is reported as not genuine.
     * Revocation is the store's (it happens after signing).
     */
    private VerificationResult check(CertificateDoc d) {
        Instant now = clock.instant();
        Verification v = signer.verify(d.jwt, now);
        Signed signed = genuine(v) ? Signed.of(v.credential()) : null;
        boolean matches = signed != null && signed.holder().equals(d.holderName)
                && signed.programme().equals(d.programmeTitle)
                && signed.validUntil().getEpochSecond() == d.validUntil.getEpochSecond();
        if (!matches) {
            return new VerificationResult(VerificationResult.Outcome.INVALID, d.code, null, null, null, null, null, null,
                    false);
        }
        VerificationResult.Outcome outcome;
        if (d.revokedAt != null) {
            outcome = VerificationResult.Outcome.REVOKED;
        } else if (!now.isBefore(signed.validUntil())) {
            outcome = VerificationResult.Outcome.EXPIRED;
        } else {
            outcome = VerificationResult.Outcome.VALID;
        }
        return new VerificationResult(outcome, d.code, signed.holder(), signed.programme(), signed.issuer(),
                signed.validFrom(), signed.validUntil(), d.revokedAt, true);
    }

    /** The fields a verifier shows, read from a signature-checked credential. */
    private record Signed(String holder, String programme, String issuer, Instant validFrom, Instant validUntil) {

        @SuppressWarnings("unchecked")
        static Signed of(Map<String, Object> c) {
            try {
                Map<String, Object> subject = (Map<String, Object>) c.get("credentialSubject");
                Map<String, Object> name = ((java.util.List<Map<String, Object>>) subject.get("identifier")).getFirst();
                Map<String, Object> issuer = (Map<String, Object>) c.get("issuer");
                return new Signed(String.valueOf(name.get("identityHash")), String.valueOf(c.get("name")),
                        String.valueOf(issuer.get("name")), Instant.parse(String.valueOf(c.get("validFrom"))),
                        Instant.parse(String.valueOf(c.get("validUntil"))));
            } catch (RuntimeException unexpectedShape) {
                return null;
            }
        }
    }

    private static boolean genuine(Verification v) {
        return v.outcome() == Verification.Outcome.VALID || v.outcome() == Verification.Outcome.EXPIRED
                || v.outcome() == Verification.Outcome.NOT_YET_VALID;
    }

    private boolean allowed(String client) {
        String key = client == null || client.isBlank() ? "unknown" : client;
        return buckets.get(key, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build()).tryConsume(1);
    }

    /** The canonical form {@code PA-XXXX-XXXX-XXXX} of a code typed with or without dashes and spaces. */
    static Optional<String> normalise(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        String c = code.replaceAll("[\\s]", "").toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            return Optional.empty();
        }
        String body = c.substring(2).replace("-", "");
        return Optional.of("PA-" + body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + body.substring(8));
    }

    private static Optional<String> credentialId(String json) {
        try {
            Map<?, ?> m = tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, Map.class);
            return Optional.ofNullable(m.get("id")).map(Object::toString);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String decoy() {
        String d = decoy;
        if (d == null) {
            d = signer.decoy();
            decoy = d;
        }
        return d;
    }
}
