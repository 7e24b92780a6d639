package org.palermoacademy.certification;

import java.time.Instant;
import java.util.List;

/**
 * An issued certificate: who holds it, for which programme, its validity, its public verification
 * code, whether it renews an earlier one, the evidence it was issued on, and its revocation if any.
 */
public record Certificate(String id, String code, String holderId, String holderName, String programmeId,
        String programmeTitle, Instant issuedAt, Instant validFrom, Instant validUntil, String renews,
        List<String> evidence, Instant revokedAt, String revokedReason, String credentialId) {

    public CertificateStatus status(Instant now) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return now.isBefore(validUntil) ? CertificateStatus.VALID : CertificateStatus.EXPIRED;
    }
}
