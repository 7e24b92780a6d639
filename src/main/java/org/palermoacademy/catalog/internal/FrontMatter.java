package org.palermoacademy.catalog.internal;

/**
 * Splits a Markdown file into its YAML front matter (between the first two {@code ---} lines) and
 * body. {@code yamlLineOffset} is added to YAML line numbers so they point into the whole file.
 */
record FrontMatter(String yaml, String body, int yamlLineOffset, int bodyStartLine) {

    static FrontMatter split(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith("---\n")) {
            return new FrontMatter(null, normalized, 0, 1);
        }
        int end = normalized.indexOf("\n---", 3);
        if (end < 0) {
            return new FrontMatter(null, normalized, 0, 1);
        }
        String yaml = normalized.substring(4, end + 1);
        int afterFence = normalized.indexOf('\n', end + 4);
        String body = afterFence < 0 ? "" : normalized.substring(afterFence + 1);
        int yamlLines = (int) yaml.chars().filter(c -> c == '\n').count();
        return new FrontMatter(yaml, body, 1, yamlLines + 3);
    }
}
