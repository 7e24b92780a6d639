package org.palermoacademy.assignments.internal;

import java.time.Instant;
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
 * Runs scheduled work (reminders) as the named system actor {@code system:reminders} with the
 * administrator role, so that it goes through the same gated services as people do and every read it
 * makes is audited under that name. Never used on a request thread.
 */
public final class SystemRun {

    static final String ID = "system:reminders";

    private SystemRun() {
    }

    public static <T> T as(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            var authorities = List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()));
            OidcIdToken token = new OidcIdToken("system", Instant.now(), Instant.now().plusSeconds(3600),
                    Map.of("sub", ID, "preferred_username", ID));
            var user = new DefaultOidcUser(authorities, token, "preferred_username");
            SecurityContextHolder.setContext(new SecurityContextImpl(new OAuth2AuthenticationToken(user, authorities,
                    "system")));
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
