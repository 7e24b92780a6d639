package org.palermoacademy.identity.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.palermoacademy.audit.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in through Keycloak (OIDC authorization code with PKCE), RP-initiated logout that also ends
 * the Keycloak session, back-channel logout, and method security on every service.
 * View access is Vaadin's annotation-based navigation control: a view without an annotation is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(KeycloakProperties.class)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/" + KeycloakClientRegistrations.REGISTRATION_ID;

    @Bean(destroyMethod = "close")
    LocalKeycloakHolder localKeycloak(KeycloakProperties properties) {
        if (properties.external()) {
            return new LocalKeycloakHolder(null);
        }
        LocalKeycloak keycloak = new LocalKeycloak(properties.local(), properties.realm());
        keycloak.start();
        return new LocalKeycloakHolder(keycloak);
    }

    @Bean
    KeycloakClientRegistrations clientRegistrations(KeycloakProperties properties, LocalKeycloakHolder local) {
        return new KeycloakClientRegistrations(properties, local.keycloak());
    }

    @Bean
    SignInUserService signInUserService(UserProfileStore profiles, AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events) {
        return new SignInUserService(profiles, audit, events);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInUserService users) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/error").permitAll()
                // calendar subscriptions: the secret token in the address is the credential
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/calendar/*.ics").permitAll()
                // public certificate verification and the issuer's published documents (rate-limited)
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/verify/*", "/.well-known/jwks.json",
                        "/certification/issuer", "/certification/revocations", "/certification/programmes/*").permitAll()
                .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/verify").permitAll());
        // the verification API takes a credential from any verifier: no session, so no CSRF token to check
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/verify"));
        http.oauth2Login(login -> login.loginPage(LOGIN_PATH).userInfoEndpoint(u -> u.oidcUserService(users)));
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
        http.headers(h -> h
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny()));
        http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}/"));
        return http.build();
    }

    /** Lets the (optional) local Keycloak be a bean even when it is absent. */
    record LocalKeycloakHolder(LocalKeycloak keycloak) implements AutoCloseable {
        @Override
        public void close() {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }
}
