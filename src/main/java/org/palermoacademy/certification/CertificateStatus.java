package org.palermoacademy.certification;

import java.util.Locale;

/** The state a certificate is shown in everywhere. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED;

    public String key() {
        return "cert.status." + name().toLowerCase(Locale.ROOT);
    }
}
