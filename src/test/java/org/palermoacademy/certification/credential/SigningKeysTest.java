package org.palermoacademy.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermoacademy.certification.credential.Verification.Outcome;

class SigningKeysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final List<String> PRIVATE_PARAMETERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth");

    @TempDir
    Path temp;

    @Test
    void createsAKeyOnceAndFindsItAgain() throws Exception {
        Path dir = temp.resolve("keys/credentials");
        SigningKeys keys = SigningKeys.openOrCreate(dir, CLOCK);
        RSAKey active = keys.active();
        assertThat(active.isPrivate()).isTrue();
        assertThat(active.size()).isEqualTo(3072);
        assertThat(active.getKeyID()).isEqualTo(active.computeThumbprint().toString());

        List<Path> files = keyFiles(dir);
        assertThat(files).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .isEqualTo("key-" + active.getKeyID() + ".jwk.json"));
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all).as("no temporary file is left").hasSize(1);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))))
                    .isEqualTo("rw-------");
        }
        Map<String, Object> stored = Json.object(Files.readString(files.get(0)));
        assertThat(stored).containsEntry("created", "2026-01-10T08:00:00Z").containsKey("jwk");

        SigningKeys reopened = SigningKeys.openOrCreate(dir, CLOCK);
        assertThat(reopened.active().getKeyID()).isEqualTo(active.getKeyID());
        assertThat(reopened.active()).isEqualTo(active);
        assertThat(keyFiles(dir)).hasSize(1);
    }

    @Test
    void rotationAddsANewActiveKeyAndOldTokensStillVerify() throws Exception {
        Path dir = temp.resolve("rotating");
        SigningKeys keys = SigningKeys.openOrCreate(dir, CLOCK);
        RSAKey first = keys.active();
        String oldToken = OpenBadgeCredentials.sign(CredentialFixtures.data(), keys.active(), null);

        RSAKey second = keys.rotate(); // same fixed clock: the new key must still count as newest
        assertThat(second.getKeyID()).isNotEqualTo(first.getKeyID());
        assertThat(keys.active()).isEqualTo(second);
        assertThat(keys.kids()).containsExactly(first.getKeyID(), second.getKeyID());
        String newToken = OpenBadgeCredentials.sign(CredentialFixtures.data(), keys.active(), null);

        assertThat(OpenBadgeCredentials.verify(oldToken, keys::publicKey, NOW).outcome()).isEqualTo(Outcome.VALID);
        assertThat(OpenBadgeCredentials.verify(newToken, keys::publicKey, NOW).outcome()).isEqualTo(Outcome.VALID);

        SigningKeys reopened = SigningKeys.openOrCreate(dir, CLOCK);
        assertThat(reopened.active().getKeyID()).isEqualTo(second.getKeyID());
        assertThat(reopened.kids()).containsExactly(first.getKeyID(), second.getKeyID());
        assertThat(OpenBadgeCredentials.verify(oldToken, reopened::publicKey, NOW).outcome())
                .isEqualTo(Outcome.VALID);
        assertThat(keyFiles(dir)).hasSize(2);

        String jwks = reopened.publicJwksJson();
        for (String parameter : PRIVATE_PARAMETERS) {
            assertThat(jwks).doesNotContain("\"" + parameter + "\"");
        }
        JWKSet set = JWKSet.parse(jwks);
        assertThat(set.getKeys()).extracting(JWK::getKeyID).containsExactly(second.getKeyID(), first.getKeyID());
        assertThat(set.getKeys()).noneMatch(JWK::isPrivate);
        assertThat(reopened.publicKey(first.getKeyID())).get().satisfies(k -> assertThat(k.isPrivate()).isFalse());
        assertThat(reopened.publicKey("unknown")).isEmpty();
        assertThat(reopened.publicKey(null)).isEmpty();
    }

    @Test
    void aCorruptKeyFileIsNamedInTheError() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("corrupt"));
        Path broken = dir.resolve("key-broken.jwk.json");
        Files.writeString(broken, "{\"created\":\"2026-01-01T00:00:00Z\",\"jwk\":{\"kty\":\"RSA\",");
        assertThatThrownBy(() -> SigningKeys.openOrCreate(dir, CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("not valid JSON");

        Files.writeString(broken, "{\"created\":\"yesterday\",\"jwk\":{}}");
        assertThatThrownBy(() -> SigningKeys.openOrCreate(dir, CLOCK))
                .hasMessageContaining(broken.toString()).hasMessageContaining("created");

        Files.writeString(broken, "{\"created\":\"2026-01-01T00:00:00Z\",\"jwk\":"
                + CredentialFixtures.KEY.toPublicJWK().toJSONString() + "}");
        assertThatThrownBy(() -> SigningKeys.openOrCreate(dir, CLOCK))
                .hasMessageContaining(broken.toString()).hasMessageContaining("private");

        Files.writeString(broken, "{\"created\":\"2026-01-01T00:00:00Z\",\"jwk\":{\"kty\":\"RSA\",\"kid\":\"x\"}}");
        assertThatThrownBy(() -> SigningKeys.openOrCreate(dir, CLOCK))
                .hasMessageContaining(broken.toString()).hasMessageContaining("invalid JWK");
        assertThat(keyFiles(dir)).as("no key is created next to a broken one").containsExactly(broken);
    }

    @Test
    void aKeyDirectoryThatIsAFileIsReported() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> SigningKeys.openOrCreate(file, CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(file.toString());
    }

    @Test
    void keysFromConfiguration() throws Exception {
        RSAKey key = CredentialFixtures.KEY;
        SigningKeys keys = SigningKeys.fromJwk(key.toJSONString());
        assertThat(keys.active()).isEqualTo(key);
        assertThat(keys.kids()).containsExactly(key.getKeyID());
        assertThatThrownBy(keys::rotate).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("configuration");
        assertThat(keys.publicJwksJson()).doesNotContain("\"d\"").contains(key.getKeyID());

        // no kid: the thumbprint is used
        RSAKey withoutKid = new RSAKey.Builder(key).keyID(null).build();
        assertThat(SigningKeys.fromJwk(withoutKid.toJSONString()).active().getKeyID())
                .isEqualTo(key.computeThumbprint().toString());

        // a JWK Set: the first (private) key signs, older public keys still verify
        RSAKey old = CredentialFixtures.OTHER_KEY;
        String set = "{\"keys\":[" + key.toJSONString() + "," + old.toPublicJWK().toJSONString() + "]}";
        SigningKeys both = SigningKeys.fromJwk(set);
        assertThat(both.active().getKeyID()).isEqualTo(key.getKeyID());
        assertThat(both.publicKey(old.getKeyID())).isPresent();
        String oldToken = OpenBadgeCredentials.sign(CredentialFixtures.data(), old, null);
        assertThat(OpenBadgeCredentials.verify(oldToken, both::publicKey, NOW).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void unusableConfiguredKeysAreRejectedWithoutEchoingThem() {
        RSAKey key = CredentialFixtures.KEY;
        assertThatThrownBy(() -> SigningKeys.fromJwk(key.toPublicJWK().toJSONString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private");
        assertThatThrownBy(() -> SigningKeys.fromJwk("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SigningKeys.fromJwk("{\"kty\":\"oct\",\"k\":\"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA")
                .hasMessageNotContaining("c2VjcmV0");
        String truncated = key.toJSONString().substring(0, 200);
        assertThatThrownBy(() -> SigningKeys.fromJwk(truncated))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key.getModulus().toString().substring(0, 20)));
    }

    private static List<Path> keyFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jwk.json")).toList();
        }
    }
}
