package org.palermoacademy.catalog.internal;

import java.util.List;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML: CommonMark (with tables) renders with raw HTML escaped and unsafe URLs
 * dropped, then jsoup's allow-list keeps only text formatting, lists, tables, headings and
 * http(s)/mailto/relative links. No script, style, event handler or {@code javascript:} link survives.
 */
public final class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "rel", "target")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    private MarkdownRenderer() {
    }

    /** Renders Markdown; {@code lesson:<id>} links are resolved through {@code lessonLink} (null: dropped). */
    public static String render(String markdown, Function<String, String> lessonLink) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                if (destination != null && destination.startsWith("lesson:")) {
                    String target = lessonLink == null ? null : lessonLink.apply(destination.substring(7));
                    link.setDestination(target == null ? "" : target);
                }
                visitChildren(link);
            }
        });
        return sanitize(RENDERER.render(document));
    }

    /** Cleans any HTML fragment through the allow-list. */
    public static String sanitize(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "http://palermo.invalid/", SAFELIST, settings);
        Document doc = Jsoup.parseBodyFragment(clean);
        doc.outputSettings(settings);
        doc.select("a[href^=http]").forEach(a -> a.attr("rel", "noopener noreferrer").attr("target", "_blank"));
        return doc.body().html();
    }

    /** Plain text of Markdown (for search and word counts). */
    public static String plainText(String markdown) {
        return Jsoup.parse(render(markdown, null)).text();
    }
}
