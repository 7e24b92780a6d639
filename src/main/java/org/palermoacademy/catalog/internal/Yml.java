package org.palermoacademy.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so every problem can be reported as
 * {@code file:line: problem}. Accessors report wrong shapes to the {@link Problems} collector and
 * return empty values, so one bad field never hides the others.
 */
final class Yml {

    private final Node node;
    private final String file;
    private final Problems problems;
    private final int lineOffset;

    Yml(Node node, String file, Problems problems, int lineOffset) {
        this.node = node;
        this.file = file;
        this.problems = problems;
        this.lineOffset = lineOffset;
    }

    int line() {
        return node == null ? 0 : node.getStartMark().getLine() + 1 + lineOffset;
    }

    /** The line a scalar's text starts on: for a block scalar ({@code >-}, {@code |}) the line after the indicator. */
    int textLine() {
        if (node instanceof ScalarNode s && (s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED
                || s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL)) {
            return line() + 1;
        }
        return line();
    }

    String file() {
        return file;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The scalar's text, or null. */
    String text() {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    Optional<Yml> get(String key) {
        if (!(node instanceof MappingNode map)) {
            return Optional.empty();
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(new Yml(t.getValueNode(), file, problems, lineOffset));
            }
        }
        return Optional.empty();
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    keys.add(k.getValue());
                }
            }
        }
        return keys;
    }

    /** The line of a key itself (its value may start on a later line), or this node's line when absent. */
    int keyLine(String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return k.getStartMark().getLine() + 1 + lineOffset;
                }
            }
        }
        return line();
    }

    /** Reports, at its line, every key of this mapping that is not among {@code allowed}. */
    void allowOnly(List<String> allowed) {
        if (!(node instanceof MappingNode map)) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                problems.add(file, t.getKeyNode().getStartMark().getLine() + 1 + lineOffset, "unknown key '"
                        + (key == null ? "?" : key) + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** A required text field; reports and returns null when missing or not text. */
    String str(String key) {
        Optional<Yml> v = get(key);
        if (v.isEmpty() || v.get().text() == null || v.get().text().isBlank()) {
            problems.add(file, line(), "missing required field '" + key + "'");
            return null;
        }
        return v.get().text().trim();
    }

    String optStr(String key) {
        return get(key).map(Yml::text).map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
    }

    int integer(String key, int min, int max) {
        Optional<Yml> v = get(key);
        if (v.isEmpty() || v.get().text() == null) {
            problems.add(file, line(), "missing required number '" + key + "'");
            return min;
        }
        try {
            int value = Integer.parseInt(v.get().text().trim());
            if (value < min || value > max) {
                problems.add(file, v.get().line(), "'" + key + "' must be between " + min + " and " + max
                        + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(file, v.get().line(), "'" + key + "' must be a whole number, not '" + v.get().text() + "'");
            return min;
        }
    }

    /** The elements of a list field (empty, and reported if required, when missing or not a list). */
    List<Yml> list(String key, boolean required) {
        Optional<Yml> v = get(key);
        if (v.isEmpty()) {
            if (required) {
                problems.add(file, line(), "missing required list '" + key + "'");
            }
            return List.of();
        }
        return v.get().items(key);
    }

    List<Yml> items(String what) {
        if (node instanceof SequenceNode seq) {
            List<Yml> items = new ArrayList<>();
            for (Node n : seq.getValue()) {
                items.add(new Yml(n, file, problems, lineOffset));
            }
            return items;
        }
        if (node instanceof ScalarNode s && (s.getValue() == null || s.getValue().isEmpty())) {
            return List.of();
        }
        problems.add(file, line(), "'" + what + "' must be a list");
        return List.of();
    }

    /** A list of plain strings. */
    List<String> strings(String key, boolean required) {
        List<String> values = new ArrayList<>();
        for (Yml item : list(key, required)) {
            if (item.text() == null) {
                problems.add(file, item.line(), "'" + key + "' must contain plain text items");
            } else {
                values.add(item.text().trim());
            }
        }
        return values;
    }
}
