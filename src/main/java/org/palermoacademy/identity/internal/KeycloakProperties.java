package org.palermoacademy.identity.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the application finds its identity provider.
 *
 * @param issuerUri    external Keycloak realm issuer (env {@code KEYCLOAK_ISSUER_URI}); blank = start a local one
 * @param discoveryUri where the application itself reads the issuer's metadata when it reaches Keycloak by
 *                     another name than browsers do (compose: {@code http://keycloak:8080/...}); optional
 * @param clientId     the confidential client registered in the realm
 * @param clientSecret its secret (env {@code KEYCLOAK_CLIENT_SECRET})
 * @param local        the local Keycloak started when no issuer is configured
 */
@ConfigurationProperties("palermo.keycloak")
public record KeycloakProperties(String issuerUri, String discoveryUri, String clientId, String clientSecret, String realm,
        Local local) {

    public KeycloakProperties {
        clientId = blank(clientId) ? "palermo-academy" : clientId;
        realm = blank(realm) ? "palermo" : realm;
        local = local == null ? new Local(null, 0, null, null, false, null) : local;
    }

    boolean external() {
        return !blank(issuerUri);
    }

    String effectiveIssuer() {
        return external() ? issuerUri.trim() : "http://localhost:" + local.port() + "/realms/" + realm;
    }

    /**
     * @param home         unpacked keycloak-quarkus-dist (the Maven build unpacks it there)
     * @param port         HTTP port on 127.0.0.1
     * @param dataDir      where the local server keeps its database and log
     * @param realmFile    realm export imported on first start
     * @param fresh        wipe the local database before starting (tests)
     * @param startTimeout how long to wait for it to answer
     */
    public record Local(Path home, int port, Path dataDir, Path realmFile, boolean fresh, Duration startTimeout) {
        public Local {
            home = home == null
                    ? Path.of(System.getProperty("user.home"), ".cache", "palermo-academy", "keycloak-26.7.3") : home;
            port = port == 0 ? 8180 : port;
            dataDir = dataDir == null ? Path.of("data", "keycloak") : dataDir;
            realmFile = realmFile == null ? Path.of("keycloak", "palermo-realm.json") : realmFile;
            startTimeout = startTimeout == null ? Duration.ofMinutes(4) : startTimeout;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
