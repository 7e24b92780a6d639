package org.palermoacademy.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.shared.Language;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Method security is on: calls that bypass the UI are refused without the right authentication. */
@IntegrationTest
class ServiceGateTest {

    @Autowired
    UserProfileService profiles;
    @Autowired
    AuditLog audit;

    @Test
    void anonymousCallsToProfileServiceAreRefused() {
        assertThatThrownBy(() -> profiles.myProfile())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> profiles.changeMyLanguage(Language.FR))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "LEARNER")
    void learnersCannotReadTheAuditTrail() {
        assertThatThrownBy(() -> audit.latest(10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "LEARNER")
    void aNonOidcPrincipalHasNoProfileIdentity() {
        // method security lets an authenticated caller in, but the service still needs an OIDC subject
        assertThatThrownBy(() -> profiles.myProfile())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
