package org.palermoacademy.reporting;

import java.time.Instant;

/** One person in a dashboard drill-down: where they work and their standing. */
public record StaffStatus(String userId, String name, String email, String country, String organisationName,
        String kind, boolean focal, Bucket bucket, Instant validUntil) {

    /** Where a person falls on the dashboard (expiring is a part of certified). */
    public enum Bucket {
        CERTIFIED, EXPIRING, EXPIRED, IN_PROGRESS, NONE;

        public String key() {
            return "dash.bucket." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
