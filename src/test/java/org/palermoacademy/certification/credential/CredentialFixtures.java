package org.palermoacademy.certification.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Instant;

/** Shared test data: one credential and two RSA keys generated once per test run. */
final class CredentialFixtures {

    static final Instant VALID_FROM = Instant.parse("2025-03-01T09:00:00Z");
    static final Instant VALID_UNTIL = Instant.parse("2028-03-01T09:00:00Z");
    static final String JWKS_URL = "https://academy.example.org/.well-known/jwks.json";

    static final RSAKey KEY = generate();
    static final RSAKey OTHER_KEY = generate();

    private CredentialFixtures() {
    }

    static CredentialData data() {
        return data("Amina Haddad");
    }

    static CredentialData data(String holderName) {
        return new CredentialData(
                "urn:uuid:6b1f9f6e-8f3a-4c59-9d51-0d6a2f6f1c11",
                "https://academy.example.org/issuers/palermo-academy",
                "Palermo Academy",
                "https://academy.example.org",
                "urn:uuid:0c6d3e0a-1f7b-4d7e-9a62-5b0f2b1c9e42",
                holderName,
                "https://academy.example.org/programmes/mla-drafting",
                "Drafting mutual legal assistance requests",
                "Certificate for drafting MLA requests under the Palermo Convention, article 18.",
                "Completed all lessons, passed the final assessment and drafted two graded requests.",
                VALID_FROM,
                VALID_UNTIL,
                "https://academy.example.org/credentials/status/revocations");
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(SigningKeys.KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
