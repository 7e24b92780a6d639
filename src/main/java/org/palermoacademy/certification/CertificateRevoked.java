package org.palermoacademy.certification;

import java.time.Instant;

/** A certificate was revoked by an administrator. */
public record CertificateRevoked(String certificateId, String holderId, String programmeId, Instant revokedAt) {
}
