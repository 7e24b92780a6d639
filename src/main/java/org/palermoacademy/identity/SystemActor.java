package org.palermoacademy.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Runs background work (reminders, certificate issuing, expiry sweeps) as a named system actor
 * ({@code system:<name>}) with the administrator role, so it goes through the same gated services as
 * people do and every read it makes is audited under that name. Never used on a request thread.
 */
public final class SystemActor {

    public static final String PREFIX = "system:";

    private SystemActor() {
    }

    public static <T> T as(String name, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            String id = PREFIX + name;
            var authorities = List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()));
            OidcIdToken token = new OidcIdToken("system", Instant.now(), Instant.now().plusSeconds(3600),
                    Map.of("sub", id, "preferred_username", id));
            var user = new DefaultOidcUser(authorities, token, "preferred_username");
            SecurityContextHolder.setContext(new SecurityContextImpl(new OAuth2AuthenticationToken(user, authorities,
                    "system")));
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String name, Runnable work) {
        as(name, () -> {
            work.run();
            return null;
        });
    }
}
