package org.palermoacademy.certification;

import java.time.Instant;

/** A certificate was issued (first or renewal). Read models listen. */
public record CertificateIssued(String certificateId, String holderId, String programmeId, Instant validFrom,
        Instant validUntil, String renews) {
}
