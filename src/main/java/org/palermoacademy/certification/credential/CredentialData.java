package org.palermoacademy.certification.credential;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Everything one Open Badges 3.0 credential states, checked on construction.
 *
 * <p>{@code validFrom} and {@code validUntil} are cut to whole seconds, because the credential writes
 * them without fractions and the JWT claims {@code nbf}/{@code exp} are whole seconds: both must agree.
 *
 * @param credentialId           the credential's own URI, e.g. {@code urn:uuid:...} (becomes {@code jti})
 * @param issuerId               the issuer profile's https URL (becomes {@code iss})
 * @param issuerName             the issuing organisation's name
 * @param issuerUrl              the issuer's homepage (http or https URL)
 * @param holderId               the holder's URI, e.g. {@code urn:uuid:...} (becomes {@code sub})
 * @param holderName             the holder's name as printed on the certificate
 * @param achievementId          the achievement's (programme's) URL
 * @param achievementName        the achievement's name; also the credential's name
 * @param achievementDescription what the achievement is
 * @param criteriaNarrative      what the holder did to earn it (Markdown allowed)
 * @param validFrom              when the credential becomes valid (becomes {@code nbf})
 * @param validUntil             when it expires, after {@code validFrom} (becomes {@code exp})
 * @param statusUrl              the 1EdTech revocation list URL, or {@code null} for no credential status
 */
public record CredentialData(
        String credentialId,
        String issuerId,
        String issuerName,
        String issuerUrl,
        String holderId,
        String holderName,
        String achievementId,
        String achievementName,
        String achievementDescription,
        String criteriaNarrative,
        Instant validFrom,
        Instant validUntil,
        String statusUrl) {

    /** Longest accepted text value; keeps a credential (and its JWT) far below the verifier's size cap. */
    static final int MAX_TEXT = 4000;

    public CredentialData {
        uri("credentialId", credentialId, false);
        uri("issuerId", issuerId, true);
        text("issuerName", issuerName);
        uri("issuerUrl", issuerUrl, true);
        uri("holderId", holderId, false);
        text("holderName", holderName);
        uri("achievementId", achievementId, true);
        text("achievementName", achievementName);
        text("achievementDescription", achievementDescription);
        text("criteriaNarrative", criteriaNarrative);
        if (validFrom == null) {
            throw new IllegalArgumentException("validFrom is required");
        }
        if (validUntil == null) {
            throw new IllegalArgumentException("validUntil is required");
        }
        validFrom = validFrom.truncatedTo(ChronoUnit.SECONDS);
        validUntil = validUntil.truncatedTo(ChronoUnit.SECONDS);
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException(
                    "validUntil (" + validUntil + ") must be after validFrom (" + validFrom + ")");
        }
        if (statusUrl != null) {
            uri("statusUrl", statusUrl, true);
        }
    }

    private static void text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
        }
    }

    /** An absolute URI; with {@code web} an http(s) URL with a host (issuerId must be https). */
    private static void uri(String field, String value, boolean web) {
        text(field, value);
        URI uri;
        try {
            uri = new URI(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(field + " is not a valid URI: " + value);
        }
        if (!uri.isAbsolute() || !value.strip().equals(value)) {
            throw new IllegalArgumentException(field + " must be an absolute URI, got: " + value);
        }
        if (web) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            boolean https = scheme.equals("https");
            // the issuer must be https, except on a developer's own machine (localhost), where nothing is public
            boolean loopback = uri.getHost() != null && (uri.getHost().equals("localhost")
                    || uri.getHost().equals("127.0.0.1"));
            boolean httpAllowed = (!field.equals("issuerId") || loopback) && scheme.equals("http");
            if (!(https || httpAllowed) || uri.getHost() == null) {
                throw new IllegalArgumentException(field + " must be an "
                        + (field.equals("issuerId") ? "https" : "http(s)") + " URL, got: " + value);
            }
        }
    }
}
