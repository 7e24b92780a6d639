package org.palermoacademy.catalog.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.palermoacademy.catalog.Citation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** File access for the loaders: reading, YAML with line numbers, citations, ids and hashes. */
final class ContentFiles {

    static final Pattern ID = Pattern.compile("^[a-z][a-z0-9-]{1,63}$");
    static final long MAX_FILE_BYTES = 512 * 1024;

    private final Path root;
    private final Problems problems;
    private final CitationTable citations;

    ContentFiles(Path root, Problems problems, CitationTable citations) {
        this.root = root;
        this.problems = problems;
        this.citations = citations;
    }

    Path root() {
        return root;
    }

    Problems problems() {
        return problems;
    }

    String rel(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Reads a UTF-8 text file; reports a missing, oversized or undecodable file. */
    Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            problems.add(rel(file), 0, "missing file");
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(rel(file), 0, "file is larger than " + MAX_FILE_BYTES / 1024 + " KiB");
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return Optional.of(text.replace("\r\n", "\n").replace("\uFEFF", ""));
        } catch (CharacterCodingException e) {
            problems.add(rel(file), 0, "not valid UTF-8 text");
        } catch (IOException e) {
            problems.add(rel(file), 0, "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    Optional<Yml> yamlFile(Path file) {
        return read(file).flatMap(text -> yaml(text, rel(file), 0));
    }

    Optional<Yml> yaml(String text, String file, int lineOffset) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(1_000_000);
            Node node = new Yaml(options).compose(new java.io.StringReader(text));
            if (node == null) {
                problems.add(file, 0, "empty YAML document");
                return Optional.empty();
            }
            Yml yml = new Yml(node, file, problems, lineOffset);
            if (!yml.isMap()) {
                problems.add(file, yml.line(), "expected a YAML mapping (key: value lines) at the top level");
                return Optional.empty();
            }
            return Optional.of(yml);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 + lineOffset : 0;
            problems.add(file, line, "bad YAML: " + e.getProblem());
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(file, 0, "bad YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    String id(Yml yml, String key) {
        String id = yml.str(key);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(yml.file(), yml.get(key).map(Yml::line).orElse(yml.line()),
                    "id '" + id + "' must be lower-case letters, digits and hyphens, starting with a letter");
        }
        return id;
    }

    /** Parses a {@code cites:} list; reports malformed and non-existent citations. */
    List<Citation> cites(Yml yml, String key, boolean required) {
        List<Citation> result = new java.util.ArrayList<>();
        for (Yml item : yml.list(key, required)) {
            String text = item.text();
            Optional<Citation> c = Citations.parse(text);
            if (c.isEmpty()) {
                problems.add(yml.file(), item.line(), "'" + text + "' is not a citation of the form art. 18(15)(c)");
                continue;
            }
            citations.problemWith(c.get()).ifPresentOrElse(
                    why -> problems.add(yml.file(), item.line(), "citation that does not exist: " + why),
                    () -> result.add(c.get()));
        }
        return result;
    }

    Optional<Citation> citation(Yml yml, String key) {
        String text = yml.str(key);
        if (text == null) {
            return Optional.empty();
        }
        Optional<Citation> c = Citations.parse(text);
        if (c.isEmpty()) {
            problems.add(yml.file(), yml.line(), "'" + text + "' is not a citation of the form art. 19");
            return Optional.empty();
        }
        Optional<String> why = citations.problemWith(c.get());
        why.ifPresent(w -> problems.add(yml.file(), yml.line(), "citation that does not exist: " + w));
        return why.isPresent() ? Optional.empty() : c;
    }

    /** Checks every citation in running text; {@code firstLine} is the file line the text starts on. */
    void checkTextCitations(String text, String file, int firstLine) {
        if (text == null) {
            return;
        }
        for (Citations.Found found : Citations.findAll(text)) {
            int line = firstLine + (int) text.substring(0, found.offset()).chars().filter(ch -> ch == '\n').count();
            if (found.citation() == null) {
                problems.add(file, line, "'" + found.text() + "' is not a well-formed citation");
            } else {
                citations.problemWith(found.citation())
                        .ifPresent(why -> problems.add(file, line, "citation that does not exist: " + why));
            }
        }
    }

    /** SHA-256 over the files under a folder (relative paths and bytes, in sorted order), 12 hex digits. */
    String hashTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(rel(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
