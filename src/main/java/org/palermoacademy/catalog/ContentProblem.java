package org.palermoacademy.catalog;

/**
 * One problem found in {@code content/}: the file (relative to the content root), the 1-based line
 * (0 when the problem concerns the whole file), what is wrong, and whether it is an error (the course
 * or item is skipped) or a warning (it loads; an editor should look).
 */
public record ContentProblem(String file, int line, String message, boolean warning)
        implements Comparable<ContentProblem> {

    public ContentProblem(String file, int line, String message) {
        this(file, line, message, false);
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + (warning ? "warning: " : "") + message;
    }

    @Override
    public int compareTo(ContentProblem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
