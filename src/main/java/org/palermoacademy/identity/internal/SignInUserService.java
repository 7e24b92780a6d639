package org.palermoacademy.identity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.SignInClaims;
import org.palermoacademy.identity.UserSignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the signed-in user from the ID token: maps the {@code roles} claim to authorities (unknown
 * roles ignored) and upserts the person's profile in the store.
 */
class SignInUserService extends OidcUserService {

    private static final Logger log = LoggerFactory.getLogger(SignInUserService.class);
    private final UserProfileStore profiles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SignInUserService(UserProfileStore profiles, AuditLog audit, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        SignInClaims claims = claimsOf(user);
        Set<GrantedAuthority> authorities = authoritiesFor(claims.roles());
        try {
            profiles.upsertAtSignIn(claims);
        } catch (RuntimeException e) {
            log.error("Could not record the profile of {} at sign-in: {}", claims.subject(), e.getMessage());
        }
        try {
            events.publishEvent(new UserSignedIn(claims.subject(), claims.email(), claims.displayName()));
        } catch (RuntimeException e) {
            log.error("A sign-in listener failed for {}: {}", claims.subject(), e.getMessage());
        }
        audit.record(claims.subject(), "sign-in", "user:" + claims.subject(),
                Map.of("roles", claims.roles().toString()));
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
    }

    static Set<GrantedAuthority> authoritiesFor(Set<Role> roles) {
        Set<GrantedAuthority> authorities = new HashSet<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return authorities;
    }

    static SignInClaims claimsOf(OidcUser user) {
        List<String> roles = user.getClaimAsStringList("roles");
        return new SignInClaims(user.getSubject(), user.getPreferredUsername(), user.getGivenName(),
                user.getFamilyName(), user.getEmail(), user.getClaimAsString("country"),
                user.getClaimAsString("organization"), user.getClaimAsString("network"),
                Role.fromClaims(roles), user.getLocale());
    }
}
