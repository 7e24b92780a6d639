package org.palermoacademy.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.shared.Language;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import java.util.List;
import org.palermoacademy.support.AsUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

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
    void learnersCannotReadTheAuditTrail() {
        AsUser.run("some-learner", () -> assertThatThrownBy(() -> audit.latest(10))
                .isInstanceOf(AuthorizationDeniedException.class), Role.LEARNER);
    }

    @Test
    void aNonOidcPrincipalHasNoProfileIdentity() {
        // method security lets an authenticated caller in, but the service still needs an OIDC subject
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                    "someone", "n/a", List.of(new SimpleGrantedAuthority("ROLE_LEARNER")))));
            assertThatThrownBy(() -> profiles.myProfile())
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
