package org.palermoacademy.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.SignInClaims;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Mapping of ID-token claims to the profile and authorities (no Spring context needed). */
class SignInUserServiceTest {

    @Test
    void readsProfileClaimsAndMapsOnlyKnownRoles() {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "sub", "subject-1", "preferred_username", "amina", "given_name", "Amina", "family_name", "Diallo",
                "email", "amina@example.org", "country", "SN", "organization", "Central Authority",
                "network", "WACAP", "roles", List.of("learner", "coordinator", "default-roles-palermo",
                        "offline_access")));
        SignInClaims claims = SignInUserService.claimsOf(new DefaultOidcUser(Set.of(), token));

        assertThat(claims.subject()).isEqualTo("subject-1");
        assertThat(claims.displayName()).isEqualTo("Amina Diallo");
        assertThat(claims.country()).isEqualTo("SN");
        assertThat(claims.organization()).isEqualTo("Central Authority");
        assertThat(claims.network()).isEqualTo("WACAP");
        assertThat(claims.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.COORDINATOR);
        assertThat(SignInUserService.authoritiesFor(claims.roles())).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_LEARNER", "ROLE_COORDINATOR");
    }

    @Test
    void aTokenWithoutRolesGrantsNothing() {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "subject-2", "preferred_username", "nobody"));
        SignInClaims claims = SignInUserService.claimsOf(new DefaultOidcUser(Set.of(), token));
        assertThat(claims.roles()).isEmpty();
        assertThat(claims.displayName()).isEqualTo("nobody");
        assertThat(SignInUserService.authoritiesFor(claims.roles())).isEmpty();
    }
}
