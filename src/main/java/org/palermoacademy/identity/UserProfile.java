package org.palermoacademy.identity;

import java.time.Instant;
import java.util.Set;
import org.palermoacademy.shared.Language;

/** What the platform knows about a person, refreshed from Keycloak at each sign-in. */
public record UserProfile(
        String id,
        String username,
        String displayName,
        String email,
        String country,
        String organization,
        String network,
        Set<Role> roles,
        Language language,
        Instant firstSignInAt,
        Instant lastSignInAt) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
