package org.palermoacademy.reporting.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The dashboard's read model: one document per network staff member with what the dashboard counts —
 * where they work, whether they are a focal point, the end of validity of their current certificate per
 * programme (absent when revoked or never held) and the programmes they have made progress on.
 * Time-dependent buckets (expiring, expired) are computed at query time from {@code validUntil}.
 */
@Document("report_staff")
@CompoundIndex(name = "network_country_org", def = "{'networkId': 1, 'country': 1, 'organisationId': 1}")
public class StaffFacts {
    @Id
    public String id;
    public String networkId;
    public String userId;
    public String name;
    public String email;
    public String country;
    public String organisationId;
    public String organisationName;
    public String kind;
    public boolean focal;
    /** programme id -> end of validity of the latest unrevoked certificate. */
    public Map<String, Instant> validUntil;
    /** programme ids with at least one requirement met. */
    public Set<String> progress;
    public Instant updatedAt;

    public static String id(String networkId, String userId) {
        return networkId + ":" + userId;
    }
}
