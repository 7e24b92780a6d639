package org.palermoacademy.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.palermoacademy.catalog.Audience;
import org.palermoacademy.catalog.Citation;
import org.palermoacademy.catalog.Reference.ArticleSummary;
import org.palermoacademy.catalog.Reference.CaseStudy;
import org.palermoacademy.catalog.Reference.GlossaryTerm;
import org.palermoacademy.catalog.Reference.LearningPath;
import org.palermoacademy.catalog.Reference.Matrix;
import org.palermoacademy.catalog.Reference.MatrixRow;
import org.palermoacademy.catalog.Reference.Page;

/** Reads the content outside courses: article summaries, glossary, paths, pages, cases and matrices. */
final class ReferenceLoader {

    static final Set<String> OBSTACLES = Set.of("dual-criminality", "language", "missing-information",
            "fishing-request", "urgency", "channel", "confidentiality", "use-limitation", "bank-secrecy",
            "nationality", "political-offence", "death-penalty", "in-absentia", "evidence-admissibility",
            "sovereignty", "costs", "data-protection", "stage-of-proceedings", "third-party-rights", "asset-sharing",
            "focal-point-turnover");
    static final Set<String> COOPERATION = Set.of("mla", "extradition", "confiscation", "jit", "sit", "police",
            "transfer");
    static final Set<String> MATRIX_CATEGORIES = Set.of("legal-basis", "evidence", "admissibility",
            "data-protection", "liability", "costs", "language", "sovereignty", "authorisation", "operations");
    static final List<String> CASE_SECTIONS = List.of("## Facts", "## Cooperation used", "## Obstacles",
            "## How they were overcome", "## Lessons for practitioners");

    private final ContentFiles files;
    private final CitationTable table;

    ReferenceLoader(ContentFiles files, CitationTable table) {
        this.files = files;
        this.table = table;
    }

    Map<Integer, ArticleSummary> articles(Path file) {
        Map<Integer, ArticleSummary> result = new LinkedHashMap<>();
        files.yamlFile(file).ifPresent(y -> {
            for (Yml a : y.list("articles", true)) {
                int n = a.integer("article", 1, 41);
                String title = a.str("title");
                String summary = a.str("summary");
                files.checkTextCitations(summary, a.file(), a.line());
                table.title(n).filter(t -> title != null && !t.equals(title)).ifPresent(official -> files.problems()
                        .warn(a.file(), a.line(), "title of art. " + n + " differs from the official '" + official + "'"));
                if (title != null && summary != null && result.putIfAbsent(n, new ArticleSummary(n, title, summary)) != null) {
                    files.problems().add(a.file(), a.line(), "art. " + n + " is summarised twice");
                }
            }
            for (int n = 1; n <= 41; n++) {
                if (!result.containsKey(n)) {
                    files.problems().warn(y.file(), 0, "no summary for art. " + n);
                }
            }
        });
        return result;
    }

    List<GlossaryTerm> glossary(Path file) {
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        files.yamlFile(file).ifPresent(y -> {
            for (Yml t : y.list("terms", true)) {
                String id = files.id(t, "id");
                String term = t.str("term");
                String definition = t.str("definition");
                List<Citation> cites = files.cites(t, "cites", false);
                files.checkTextCitations(definition, t.file(), t.line());
                if (id != null && !ids.add(id)) {
                    files.problems().add(t.file(), t.line(), "duplicate glossary id '" + id + "'");
                } else if (id != null && term != null && definition != null) {
                    terms.add(new GlossaryTerm(id, term, definition, cites));
                }
            }
        });
        terms.sort((a, b) -> a.term().compareToIgnoreCase(b.term()));
        return terms;
    }

    List<LearningPath> paths(Path file, Set<String> courseIds) {
        List<LearningPath> paths = new ArrayList<>();
        files.yamlFile(file).ifPresent(y -> {
            for (Yml p : y.list("paths", true)) {
                String audienceId = p.str("audience");
                Optional<Audience> audience = Optional.ofNullable(audienceId).flatMap(Audience::fromId);
                if (audienceId != null && audience.isEmpty()) {
                    files.problems().add(p.file(), p.line(), "unknown audience '" + audienceId + "'");
                }
                String title = p.str("title");
                List<String> courses = new ArrayList<>();
                for (Yml c : p.list("courses", true)) {
                    if (!courseIds.contains(c.text())) {
                        files.problems().add(p.file(), c.line(), "unknown course id '" + c.text() + "'");
                    } else {
                        courses.add(c.text());
                    }
                }
                if (audience.isPresent() && title != null) {
                    paths.add(new LearningPath(audience.get(), title, p.optStr("description"), List.copyOf(courses)));
                }
            }
        });
        return paths;
    }

    Map<String, Page> pages(Path dir) {
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Path file : markdownFiles(dir)) {
            frontMatter(file).ifPresent(fm -> {
                Yml y = fm.yml();
                String id = files.id(y, "id");
                String title = y.str("title");
                String kind = y.str("kind");
                if (kind != null && !Set.of("model-law", "guide", "tool").contains(kind)) {
                    files.problems().add(y.file(), y.line(), "kind must be model-law, guide or tool");
                }
                List<Citation> cites = files.cites(y, "cites", false);
                files.checkTextCitations(fm.body(), y.file(), fm.bodyLine());
                if (id != null && title != null && pages.putIfAbsent(id,
                        new Page(id, title, kind, cites, MarkdownRenderer.render(fm.body(), null))) != null) {
                    files.problems().add(y.file(), y.line(), "duplicate reference page id '" + id + "'");
                }
            });
        }
        return pages;
    }

    Map<String, CaseStudy> cases(Path dir) {
        Map<String, CaseStudy> cases = new LinkedHashMap<>();
        for (Path file : markdownFiles(dir)) {
            frontMatter(file).ifPresent(fm -> {
                Yml y = fm.yml();
                String id = files.id(y, "id");
                String title = y.str("title");
                List<Citation> articles = files.cites(y, "articles", true);
                List<String> obstacles = vocabulary(y, "obstacles", OBSTACLES);
                List<String> cooperation = vocabulary(y, "cooperation", COOPERATION);
                List<String> states = y.strings("states", false);
                files.checkTextCitations(fm.body(), y.file(), fm.bodyLine());
                for (String section : CASE_SECTIONS) {
                    if (!fm.body().contains(section)) {
                        files.problems().warn(y.file(), fm.bodyLine(), "missing section '" + section + "'");
                    }
                }
                if (id != null && title != null && cases.putIfAbsent(id, new CaseStudy(id, title, articles, obstacles,
                        cooperation, states, MarkdownRenderer.render(fm.body(), null),
                        MarkdownRenderer.plainText(fm.body()))) != null) {
                    files.problems().add(y.file(), y.line(), "duplicate case id '" + id + "'");
                }
            });
        }
        return cases;
    }

    Map<String, Matrix> matrices(Path dir) {
        Map<String, Matrix> matrices = new LinkedHashMap<>();
        for (Path file : filesWithExtension(dir, ".yaml")) {
            files.yamlFile(file).ifPresent(y -> {
                String id = files.id(y, "id");
                String title = y.str("title");
                Optional<Citation> article = files.citation(y, "article");
                List<MatrixRow> rows = new ArrayList<>();
                Set<String> rowIds = new HashSet<>();
                for (Yml r : y.list("rows", true)) {
                    String rowId = files.id(r, "id");
                    String category = r.str("category");
                    if (category != null && !MATRIX_CATEGORIES.contains(category)) {
                        files.problems().add(r.file(), r.line(), "unknown category '" + category + "' (" +
                                String.join(", ", new java.util.TreeSet<>(MATRIX_CATEGORIES)) + ")");
                    }
                    String issue = r.str("issue");
                    String arises = r.str("arises");
                    List<String> solutions = r.strings("solutions", true);
                    List<String> examples = r.strings("examples", false);
                    List<Citation> cites = files.cites(r, "cites", false);
                    Stream.concat(Stream.of(issue, arises), Stream.concat(solutions.stream(), examples.stream()))
                            .forEach(text -> files.checkTextCitations(text, r.file(), r.line()));
                    if (rowId != null && !rowIds.add(rowId)) {
                        files.problems().add(r.file(), r.line(), "duplicate row id '" + rowId + "'");
                    } else if (rowId != null && issue != null && category != null) {
                        rows.add(new MatrixRow(rowId, issue, category, arises, solutions, examples, cites));
                    }
                }
                if (id != null && title != null && article.isPresent()
                        && matrices.putIfAbsent(id, new Matrix(id, title, article.get(), List.copyOf(rows))) != null) {
                    files.problems().add(y.file(), y.line(), "duplicate matrix id '" + id + "'");
                }
            });
        }
        return matrices;
    }

    private List<String> vocabulary(Yml y, String key, Set<String> allowed) {
        List<String> values = new ArrayList<>();
        for (Yml v : y.list(key, true)) {
            if (!allowed.contains(v.text())) {
                files.problems().add(y.file(), v.line(), "'" + v.text() + "' is not in the " + key + " vocabulary");
            } else {
                values.add(v.text());
            }
        }
        return values;
    }

    private record ParsedFrontMatter(Yml yml, String body, int bodyLine) {
    }

    private Optional<ParsedFrontMatter> frontMatter(Path file) {
        return files.read(file).flatMap(text -> {
            FrontMatter fm = FrontMatter.split(text);
            if (fm.yaml() == null) {
                files.problems().add(files.rel(file), 1, "the file starts with YAML front matter between '---' lines");
                return Optional.empty();
            }
            return files.yaml(fm.yaml(), files.rel(file), fm.yamlLineOffset())
                    .map(y -> new ParsedFrontMatter(y, fm.body(), fm.bodyStartLine()));
        });
    }

    private List<Path> markdownFiles(Path dir) {
        return filesWithExtension(dir, ".md").stream().filter(p -> !p.getFileName().toString().equals("README.md"))
                .toList();
    }

    private List<Path> filesWithExtension(Path dir, String extension) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            files.problems().add(files.rel(dir), 0, "cannot list: " + e.getMessage());
            return List.of();
        }
    }
}
