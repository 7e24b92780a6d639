package org.palermoacademy.support;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.palermoacademy.identity.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Runs service calls as a signed-in person, exactly as after an OIDC sign-in (an OidcUser principal
 * with ROLE_ authorities), without going through the browser.
 */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T call(String subject, Supplier<T> work, Role... roles) {
        var previous = SecurityContextHolder.getContext();
        try {
            signIn(subject, roles);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String subject, Runnable work, Role... roles) {
        call(subject, () -> {
            work.run();
            return null;
        }, roles);
    }

    public static void signIn(String subject, Role... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        OidcIdToken token = new OidcIdToken("test-token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", subject, "preferred_username", subject,
                        "roles", List.of(Arrays.stream(roles).map(Role::claimValue).toArray())));
        var user = new DefaultOidcUser(authorities, token, "preferred_username");
        var auth = new OAuth2AuthenticationToken(user, authorities, "keycloak");
        SecurityContextHolder.setContext(new SecurityContextImpl(auth));
    }
}
