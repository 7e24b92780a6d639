package org.palermoacademy.catalog;

import org.palermoacademy.catalog.internal.MarkdownRenderer;

/** The allow-list sanitizer, for any module that must show HTML: nothing else may reach the page. */
public final class Markup {

    private Markup() {
    }

    /** Keeps only text formatting, lists, tables, headings and safe links. */
    public static String sanitize(String html) {
        return MarkdownRenderer.sanitize(html == null ? "" : html);
    }

    /** Renders Markdown to sanitised HTML (raw HTML escaped, unsafe links dropped). */
    public static String render(String markdown) {
        return MarkdownRenderer.render(markdown, null);
    }
}
