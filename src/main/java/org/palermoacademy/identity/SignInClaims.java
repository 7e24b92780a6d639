package org.palermoacademy.identity;

import java.util.Set;

/** The identity facts read from the ID token (and user-info) at sign-in. */
public record SignInClaims(
        String subject,
        String username,
        String givenName,
        String familyName,
        String email,
        String country,
        String organization,
        String network,
        Set<Role> roles,
        String localeClaim) {

    public String displayName() {
        String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        return name.isEmpty() ? username : name;
    }
}
