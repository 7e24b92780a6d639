package org.palermoacademy.certification.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;

/**
 * The RSA keys that sign credentials (RS256). The newest key is the {@linkplain #active() active} one;
 * older keys stay so that everything they signed still verifies. A key's id ({@code kid}) is its
 * RFC 7638 SHA-256 thumbprint, base64url.
 *
 * <p>Two sources: a directory of {@code *.jwk.json} files ({@link #openOrCreate}, for development and
 * single-server installations; each file is {@code {"created": "<instant>", "jwk": {<private JWK>}}})
 * or configuration ({@link #fromJwk}, for production, where the key comes from a secret store).
 * Thread-safe; one process should own a key directory.
 */
public final class SigningKeys {

    /** Size of generated keys; loaded keys must have at least {@value #MIN_LOADED_BITS} bits. */
    public static final int KEY_BITS = 3072;
    static final int MIN_LOADED_BITS = 2048;

    /** A key and when it was created. */
    record Entry(RSAKey key, Instant created) {
    }

    private static final Comparator<Entry> OLDEST_FIRST = Comparator.comparing(Entry::created)
            .thenComparing(e -> e.key().getKeyID());

    private final Path dir; // null when the keys come from configuration
    private final Clock clock;
    private volatile List<Entry> entries; // oldest first, never empty

    private SigningKeys(Path dir, Clock clock, List<Entry> entries) {
        this.dir = dir;
        this.clock = clock;
        this.entries = List.copyOf(entries);
    }

    /**
     * Loads every {@code *.jwk.json} key file in {@code dir}; creates the directory and a first key
     * when there is none. New files are written to a temporary file and moved into place, readable by
     * the owner only where the file system has POSIX permissions.
     *
     * @throws IllegalStateException naming the file and the problem when a key file cannot be read or
     *                               is not a private RSA key, or when the directory cannot be used
     */
    public static SigningKeys openOrCreate(Path dir, Clock clock) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(clock, "clock");
        List<Entry> entries = new ArrayList<>(KeyDirectory.load(dir));
        if (entries.isEmpty()) {
            entries.add(newEntry(dir, clock, null));
        }
        entries.sort(OLDEST_FIRST);
        return new SigningKeys(dir, clock, entries);
    }

    /**
     * Keys supplied by configuration: one private RSA JWK, or a JWK Set whose first key is the active
     * (private) one and whose further keys (public parts suffice) are older keys kept for verification.
     * A key without {@code kid} gets its thumbprint. These keys are never written anywhere and cannot be
     * {@linkplain #rotate() rotated} here: rotate by changing the configuration.
     *
     * @throws IllegalArgumentException when the text is not such a JWK / JWK Set (no key material is echoed)
     */
    public static SigningKeys fromJwk(String privateJwkJson) {
        if (privateJwkJson == null || privateJwkJson.isBlank()) {
            throw new IllegalArgumentException("no signing key configured (empty JWK)");
        }
        List<JWK> jwks;
        try {
            Map<String, Object> json = Json.object(privateJwkJson);
            jwks = json.containsKey("keys") ? JWKSet.parse(privateJwkJson).getKeys() : List.of(JWK.parse(privateJwkJson));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the configured signing key is not a JSON object ("
                    + Json.where(e) + ")");
        } catch (ParseException e) {
            throw new IllegalArgumentException("the configured signing key is not a valid JWK: " + e.getMessage());
        }
        if (jwks.isEmpty()) {
            throw new IllegalArgumentException("the configured JWK Set has no keys");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        for (int i = 0; i < jwks.size(); i++) {
            String where = "configured key #" + (i + 1);
            RSAKey key = checked(jwks.get(i), i == 0, where, IllegalArgumentException::new);
            if (!kids.add(key.getKeyID())) {
                throw new IllegalArgumentException(where + " repeats the key id " + key.getKeyID());
            }
            // the first key is the newest; the others get older "created" values in their listed order
            entries.add(new Entry(key, Instant.EPOCH.minusSeconds(i)));
        }
        entries.sort(OLDEST_FIRST);
        return new SigningKeys(null, Clock.systemUTC(), entries);
    }

    /** The newest key, with its private part: sign new credentials with it. */
    public RSAKey active() {
        List<Entry> current = entries;
        return current.get(current.size() - 1).key();
    }

    /**
     * Creates a new active key (and, for a key directory, its file); older keys stay for verification.
     *
     * @return the new active key
     * @throws IllegalStateException for keys supplied by configuration, or when the file cannot be written
     */
    public synchronized RSAKey rotate() {
        if (dir == null) {
            throw new IllegalStateException(
                    "keys supplied by configuration are rotated by changing the configuration");
        }
        Entry newest = entries.get(entries.size() - 1);
        Entry entry = newEntry(dir, clock, newest.created());
        List<Entry> next = new ArrayList<>(entries);
        next.add(entry);
        entries = List.copyOf(next);
        return entry.key();
    }

    /** The public part of the key with this id, if it is one of ours. */
    public Optional<RSAKey> publicKey(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            if (entry.key().getKeyID().equals(kid)) {
                return Optional.of(entry.key().toPublicJWK());
            }
        }
        return Optional.empty();
    }

    /** The ids of all keys, oldest first (the last one is the active key). */
    public List<String> kids() {
        return entries.stream().map(e -> e.key().getKeyID()).toList();
    }

    /** A JWK Set ({@code {"keys":[...]}}) of the public parts of all keys, newest first, for publishing. */
    public String publicJwksJson() {
        List<JWK> publicKeys = new ArrayList<>();
        for (Entry entry : entries.reversed()) {
            publicKeys.add(entry.key().toPublicJWK());
        }
        return new JWKSet(publicKeys).toString(true);
    }

    /** A new key created now, but never before {@code notBefore}, so the newest key always sorts last. */
    private static Entry newEntry(Path dir, Clock clock, Instant notBefore) {
        Instant created = clock.instant();
        if (notBefore != null && !created.isAfter(notBefore)) {
            created = notBefore.plusMillis(1);
        }
        RSAKey key;
        try {
            key = new RSAKeyGenerator(KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key: " + e.getMessage(), e);
        }
        Entry entry = new Entry(key, created);
        KeyDirectory.store(dir, entry);
        return entry;
    }

    /** An RSA key of a usable size, private when required, with a kid (its thumbprint when absent). */
    static <X extends RuntimeException> RSAKey checked(JWK jwk, boolean mustBePrivate, String where,
            Function<String, X> failure) {
        if (!(jwk instanceof RSAKey rsa)) {
            throw failure.apply(where + " is a " + jwk.getKeyType() + " key, not an RSA key");
        }
        if (mustBePrivate && !rsa.isPrivate()) {
            throw failure.apply(where + " has no private part, so it cannot sign");
        }
        if (rsa.size() < MIN_LOADED_BITS) {
            throw failure.apply(where + " has only " + rsa.size() + " bits; at least " + MIN_LOADED_BITS
                    + " are required");
        }
        if (rsa.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(rsa.getAlgorithm())) {
            throw failure.apply(where + " is meant for " + rsa.getAlgorithm() + ", not RS256");
        }
        if (rsa.getKeyUse() != null && !KeyUse.SIGNATURE.equals(rsa.getKeyUse())) {
            throw failure.apply(where + " is not a signing key (use " + rsa.getKeyUse() + ")");
        }
        if (rsa.getKeyID() != null && !rsa.getKeyID().isBlank()) {
            if (!VcJwtVerifier.KID.matcher(rsa.getKeyID()).matches()) {
                throw failure.apply(where + " has a key id that is not 1-200 characters of A-Z a-z 0-9 . _ : ~ + / = -");
            }
            return rsa;
        }
        try {
            return new RSAKey.Builder(rsa).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw failure.apply(where + ": cannot compute the key thumbprint");
        }
    }
}
