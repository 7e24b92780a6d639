package org.palermoacademy.networks;

import java.time.Instant;

/**
 * A person counted as staff of a network's member organisation. {@code source} is {@code claims} when it
 * came from their sign-in (network, country and organisation claims) or {@code coordinator} when added by hand.
 */
public record StaffMember(String userId, String name, String email, String networkId, String country,
        String organisationId, String organisationName, OrganisationKind kind, String source, Instant since) {
}
