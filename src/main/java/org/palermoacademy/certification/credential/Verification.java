package org.palermoacademy.certification.credential;

import java.util.Map;

/**
 * The result of {@link OpenBadgeCredentials#verify}: never just "valid", always what was found.
 *
 * @param outcome    what the check concluded
 * @param credential the OpenBadgeCredential (the JWT payload without the registered claims
 *                   {@code iss, jti, sub, nbf, exp}); only set when the signature was verified with one of
 *                   our keys, so a forged payload is never shown as data; {@code null} otherwise
 * @param kid        the id of the key named in the header (the part after {@code #} when the {@code kid}
 *                   is a JWKS URL with a fragment), or {@code null} when the header could not be read
 * @param problem    a short, safe explanation for every outcome but {@link Outcome#VALID}, else {@code null}
 */
public record Verification(Outcome outcome, Map<String, Object> credential, String kid, String problem) {

    /** What a verification concluded. */
    public enum Outcome {
        /** Signed by our key, claims match the credential, and within its validity period. */
        VALID,
        /** Genuine, but the validity period ended ({@code now >= exp}). */
        EXPIRED,
        /** Genuine, but not valid yet ({@code now < nbf}). */
        NOT_YET_VALID,
        /** The signature does not match the content (altered token, or signed by another key). */
        BAD_SIGNATURE,
        /** The header names a key we do not have. */
        UNKNOWN_KEY,
        /** Not a compact RS256 JWT with the required claims, too large, or otherwise unreadable. */
        MALFORMED,
        /** Genuine signature, but {@code iss/jti/sub/nbf/exp} disagree with the credential inside. */
        CLAIMS_MISMATCH
    }

    /** {@code true} only for {@link Outcome#VALID}. */
    public boolean isValid() {
        return outcome == Outcome.VALID;
    }

    static Verification failed(Outcome outcome, String kid, String problem) {
        return new Verification(outcome, null, kid, problem);
    }
}
