package org.palermoacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void knownRealmRolesMapAndEverythingElseIsIgnored() {
        assertThat(Role.fromClaims(List.of("learner", "TRAINER", "default-roles-palermo", "offline_access",
                "uma_authorization", "superuser", "")))
                .containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
    }

    @Test
    void noClaimMeansNoRole() {
        assertThat(Role.fromClaims(null)).isEmpty();
        assertThat(Role.fromClaims(List.of())).isEmpty();
    }

    @Test
    void authorityUsesSpringRolePrefix() {
        assertThat(Role.COORDINATOR.authority()).isEqualTo("ROLE_COORDINATOR");
        assertThat(Role.ADMIN.claimValue()).isEqualTo("admin");
    }
}
