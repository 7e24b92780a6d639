package org.palermoacademy.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palermoacademy.catalog.Citation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Convention's structure (articles 1-41, their paragraphs, lettered subparagraphs, roman items and
 * sub-items) from {@code content/convention/untoc-structure.yaml}; answers whether a citation exists.
 */
public final class CitationTable {

    /** Structure of one paragraph; {@code number} is null for the unnumbered paragraph of arts 2 and 23. */
    record Paragraph(Integer number, List<String> subparagraphs, Map<String, List<String>> items,
            Map<String, List<String>> subitems) {
    }

    record Article(int number, String title, List<Paragraph> paragraphs) {
        Optional<Paragraph> paragraph(Integer n) {
            return paragraphs.stream().filter(p -> java.util.Objects.equals(p.number(), n)).findFirst();
        }

        boolean hasUnnumberedParagraph() {
            return paragraphs.size() == 1 && paragraphs.getFirst().number() == null;
        }
    }

    private final Map<Integer, Article> articles;

    private CitationTable(Map<Integer, Article> articles) {
        this.articles = articles;
    }

    public static CitationTable load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    @SuppressWarnings("unchecked")
    static CitationTable parse(Reader reader) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        Map<Integer, Article> articles = new HashMap<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) root.get("articles")) {
            int number = ((Number) a.get("article")).intValue();
            List<Paragraph> paragraphs = new java.util.ArrayList<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) a.getOrDefault("paragraphs", List.of())) {
                Integer n = p.get("n") == null ? null : ((Number) p.get("n")).intValue();
                paragraphs.add(new Paragraph(n,
                        strings((List<Object>) p.getOrDefault("subparagraphs", List.of())),
                        stringLists((Map<String, Object>) p.getOrDefault("items", Map.of())),
                        stringLists((Map<String, Object>) p.getOrDefault("subitems", Map.of()))));
            }
            articles.put(number, new Article(number, String.valueOf(a.get("title")), List.copyOf(paragraphs)));
        }
        return new CitationTable(Map.copyOf(articles));
    }

    private static List<String> strings(List<Object> values) {
        return values.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> stringLists(Map<String, Object> values) {
        Map<String, List<String>> result = new HashMap<>();
        values.forEach((k, v) -> result.put(k, strings((List<Object>) v)));
        return result;
    }

    public int articleCount() {
        return articles.size();
    }

    public Optional<String> title(int article) {
        return Optional.ofNullable(articles.get(article)).map(Article::title);
    }

    /** Why a citation does not exist, or empty when it does. */
    public Optional<String> problemWith(Citation c) {
        Article article = articles.get(c.article());
        if (article == null) {
            return Optional.of("art. " + c.article() + " does not exist (the Convention has articles 1-41)");
        }
        if (c.paragraph() == null && c.subparagraph() == null) {
            return Optional.empty();
        }
        Paragraph paragraph;
        if (c.paragraph() == null) {
            if (!article.hasUnnumberedParagraph()) {
                return Optional.of(c.text() + ": art. " + c.article() + " has numbered paragraphs; cite one first");
            }
            paragraph = article.paragraphs().getFirst();
        } else {
            paragraph = article.paragraph(c.paragraph()).orElse(null);
            if (paragraph == null) {
                return Optional.of(c.text() + ": art. " + c.article() + " has no paragraph " + c.paragraph()
                        + " (it has " + describeParagraphs(article) + ")");
            }
        }
        if (c.subparagraph() == null) {
            return Optional.empty();
        }
        if (!paragraph.subparagraphs().contains(c.subparagraph())) {
            return Optional.of(c.text() + ": no subparagraph (" + c.subparagraph() + ")"
                    + (paragraph.subparagraphs().isEmpty() ? " (that paragraph has none)"
                            : " (it has " + String.join(", ", paragraph.subparagraphs()) + ")"));
        }
        if (c.item() == null) {
            return Optional.empty();
        }
        List<String> items = paragraph.items().getOrDefault(c.subparagraph(), List.of());
        if (!items.contains(c.item())) {
            return Optional.of(c.text() + ": no item (" + c.item() + ") in subparagraph (" + c.subparagraph() + ")");
        }
        if (c.subitem() == null) {
            return Optional.empty();
        }
        List<String> subitems = paragraph.subitems().getOrDefault(c.subparagraph() + "(" + c.item() + ")", List.of());
        if (!subitems.contains(c.subitem())) {
            return Optional.of(c.text() + ": no sub-item (" + c.subitem() + ")");
        }
        return Optional.empty();
    }

    public boolean exists(Citation c) {
        return problemWith(c).isEmpty();
    }

    private static String describeParagraphs(Article article) {
        var numbers = article.paragraphs().stream().map(Paragraph::number).filter(java.util.Objects::nonNull).toList();
        if (numbers.isEmpty()) {
            return "no numbered paragraphs";
        }
        return "paragraphs " + numbers.getFirst() + "-" + numbers.getLast();
    }
}
