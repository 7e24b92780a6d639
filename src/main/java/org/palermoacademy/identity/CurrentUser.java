package org.palermoacademy.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The signed-in person as seen by services: their stable id (the OIDC subject) and roles.
 * Services use it to scope every query to the caller's own records.
 */
@Component
public class CurrentUser {

    /** The subject of the signed-in user, if any. */
    public Optional<String> id() {
        return oidcUser().map(OidcUser::getSubject);
    }

    /** The subject of the signed-in user; fails if nobody is signed in. */
    public String requireId() {
        return id().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    public Set<Role> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (auth == null) {
            return roles;
        }
        for (GrantedAuthority authority : auth.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                Role.fromClaim(name.substring(5)).ifPresent(roles::add);
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public boolean signedIn() {
        return id().isPresent();
    }

    private Optional<OidcUser> oidcUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OidcUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
