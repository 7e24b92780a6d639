package org.palermoacademy.identity.internal;

import java.util.function.Supplier;
import org.palermoacademy.shared.StartupProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The single client registration ("keycloak"), resolved from the issuer's discovery document.
 * Resolution happens once, at the end of start-up ({@link SmartLifecycle#start()}), so the local
 * Keycloak can boot in parallel with the application context; if the issuer cannot be reached the
 * application fails to start with one actionable message.
 */
public class KeycloakClientRegistrations implements ClientRegistrationRepository, SmartLifecycle {

    public static final String REGISTRATION_ID = "keycloak";
    private static final Logger log = LoggerFactory.getLogger(KeycloakClientRegistrations.class);

    private final KeycloakProperties properties;
    private final LocalKeycloak localKeycloak;
    private volatile ClientRegistration registration;
    private volatile boolean running;

    KeycloakClientRegistrations(KeycloakProperties properties, LocalKeycloak localKeycloak) {
        this.properties = properties;
        this.localKeycloak = localKeycloak;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        return resolve();
    }

    synchronized ClientRegistration resolve() {
        if (registration == null) {
            if (localKeycloak != null) {
                localKeycloak.awaitReady();
            }
            String issuer = properties.effectiveIssuer();
            registration = withIssuer(issuer, () -> builderFor(issuer)
                    .registrationId(REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .userNameAttributeName("preferred_username")
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build());
            log.info("Identity: signing in through {} (client '{}')", issuer, properties.clientId());
        }
        return registration;
    }

    private ClientRegistration.Builder builderFor(String issuer) {
        String discovery = properties.discoveryUri();
        if (discovery == null || discovery.isBlank()) {
            return ClientRegistrations.fromIssuerLocation(issuer);
        }
        return IssuerMetadata.fetch(discovery.trim(), issuer).toBuilder(REGISTRATION_ID);
    }

    private static ClientRegistration withIssuer(String issuer, Supplier<ClientRegistration> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException e) {
            throw new StartupProblemException(
                    "Cannot reach the Keycloak issuer " + issuer + ": " + rootMessage(e),
                    "Check that Keycloak is running and that KEYCLOAK_ISSUER_URI names the realm "
                            + "(e.g. http://localhost:8180/realms/palermo); unset it to use the local Keycloak.", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    @Override
    public void start() {
        resolve();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // before the web server starts accepting requests
        return Integer.MAX_VALUE - 2048;
    }
}
