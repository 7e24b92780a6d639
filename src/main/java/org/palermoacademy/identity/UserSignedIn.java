package org.palermoacademy.identity;

/** Published after each sign-in once the profile is stored (pending cohort places bind by e-mail). */
public record UserSignedIn(String userId, String email, String displayName) {
}
