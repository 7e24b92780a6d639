package org.palermoacademy.certification;

import java.time.Instant;

/**
 * What the public verification says about a certificate. Never a bare "valid": holder, programme,
 * issuer and dates come with the status. {@code signatureValid} says whether the signed credential checked
 * out against the issuer's published keys.
 */
public record VerificationResult(Outcome outcome, String code, String holderName, String programmeTitle,
        String issuer, Instant issuedAt, Instant validUntil, Instant revokedAt, boolean signatureValid) {

    public enum Outcome {
        /** Genuine, in its validity period, not revoked. */
        VALID,
        /** Genuine, but its validity period has ended. */
        EXPIRED,
        /** Genuine, but revoked by the issuer (on {@code revokedAt}). */
        REVOKED,
        /** No certificate has this code or credential id. */
        NOT_FOUND,
        /** The credential or its signature does not match what was issued: altered, or not ours. */
        INVALID,
        /** Too many look-ups from this client; try again in a minute. */
        RATE_LIMITED;

        public String key() {
            return "verify.outcome." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static VerificationResult of(Outcome outcome) {
        return new VerificationResult(outcome, null, null, null, null, null, null, null, false);
    }
}
