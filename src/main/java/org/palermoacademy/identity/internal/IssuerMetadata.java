package org.palermoacademy.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenID provider metadata read from an explicit discovery URL. Used when the application reaches
 * Keycloak under an internal name (in compose: {@code keycloak:8080}) while browsers use the public
 * issuer; the document's {@code issuer} must still equal the configured issuer, so tokens are checked
 * against the public name.
 */
record IssuerMetadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri,
        String userinfoEndpoint, String endSessionEndpoint) {

    static IssuerMetadata fetch(String discoveryUri, String expectedIssuer) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(discoveryUri))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " from " + discoveryUri);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> json = JsonMapper.builder().build().readValue(response.body(), Map.class);
            var metadata = new IssuerMetadata(str(json, "issuer"), str(json, "authorization_endpoint"),
                    str(json, "token_endpoint"), str(json, "jwks_uri"), str(json, "userinfo_endpoint"),
                    str(json, "end_session_endpoint"));
            if (!expectedIssuer.equals(metadata.issuer())) {
                throw new IllegalStateException("the discovery document names issuer " + metadata.issuer()
                        + ", not the configured " + expectedIssuer);
            }
            return metadata;
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    ClientRegistration.Builder toBuilder(String registrationId) {
        return ClientRegistration.withRegistrationId(registrationId)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .issuerUri(issuer)
                .authorizationUri(authorizationEndpoint)
                .tokenUri(tokenEndpoint)
                .jwkSetUri(jwksUri)
                .userInfoUri(userinfoEndpoint)
                .providerConfigurationMetadata(endSessionEndpoint == null ? Map.of()
                        : Map.of("end_session_endpoint", endSessionEndpoint));
    }

    private static String str(Map<String, Object> json, String key) {
        Object v = json.get(key);
        return v == null ? null : v.toString();
    }
}
