package org.palermoacademy.certification.credential;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palermoacademy.certification.credential.SigningKeys.Entry;
import tools.jackson.core.JacksonException;

/**
 * The key files of {@link SigningKeys#openOrCreate}: one {@code key-<kid>.jwk.json} per key, holding
 * {@code {"created": "<instant>", "jwk": {<private RSA JWK>}}}. Files are written to a temporary file,
 * forced to disk and moved into place, so a crash never leaves half a key; where the file system has
 * POSIX permissions the directory is {@code rwx------} and files {@code rw-------} from creation on.
 * Error messages name the file but never quote its content.
 */
final class KeyDirectory {

    static final String FILE_SUFFIX = ".jwk.json";

    private KeyDirectory() {
    }

    /** Creates the directory if needed and reads every key file in it (in no particular order). */
    static List<Entry> load(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                if (Files.exists(dir)) {
                    throw new IllegalStateException("the key directory " + dir + " is not a directory");
                }
                Files.createDirectories(dir, ownerOnly(dir, "rwx------"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the key directory " + dir + ": " + e, e);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + FILE_SUFFIX)) {
            for (Path file : files) {
                Entry entry = read(file);
                if (!kids.add(entry.key().getKeyID())) {
                    throw new IllegalStateException("the key file " + file + " repeats the key id "
                            + entry.key().getKeyID() + " of another file");
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the key directory " + dir + ": " + e, e);
        }
        return entries;
    }

    /** Writes a new key file atomically; never overwrites one. */
    static void store(Path dir, Entry entry) {
        Path target = dir.resolve("key-" + entry.key().getKeyID() + FILE_SUFFIX);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("created", entry.created().toString());
        file.put("jwk", entry.key().toJSONObject());
        byte[] bytes = Json.pretty(file).getBytes(StandardCharsets.UTF_8);
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".key-", ".tmp", ownerOnly(dir, "rw-------"));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("the key file " + target + " already exists", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the key file " + target + ": " + e, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover *.tmp is never read as a key
                }
            }
        }
    }

    private static Entry read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the key file " + file + ": " + e, e);
        }
        Map<String, Object> json;
        try {
            json = Json.object(bytes);
        } catch (JacksonException e) {
            throw new IllegalStateException("the key file " + file + " is not valid JSON (" + Json.where(e) + ")");
        }
        if (!(json.get("created") instanceof String created)) {
            throw new IllegalStateException("the key file " + file + " has no \"created\" timestamp");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(created);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("the key file " + file + " has an invalid \"created\" timestamp");
        }
        if (!(json.get("jwk") instanceof Map<?, ?> jwkJson)) {
            throw new IllegalStateException("the key file " + file + " has no \"jwk\" object");
        }
        JWK jwk;
        try {
            jwk = JWK.parse(Json.compact(jwkJson));
        } catch (ParseException e) {
            throw new IllegalStateException("the key file " + file + " holds an invalid JWK: " + e.getMessage());
        }
        if (jwk.getKeyID() == null || jwk.getKeyID().isBlank()) {
            throw new IllegalStateException("the key file " + file + " holds a JWK without \"kid\"");
        }
        return new Entry(SigningKeys.checked(jwk, true, "the key file " + file, IllegalStateException::new),
                createdAt);
    }

    /** Owner-only permissions as a creation attribute, where the file system supports POSIX. */
    private static FileAttribute<?>[] ownerOnly(Path dir, String permissions) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        boolean posix = existing != null
                && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
