package org.palermoacademy.exercises.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palermoacademy.catalog.ContentSnapshot;
import org.palermoacademy.catalog.Scenario;
import org.yaml.snakeyaml.Yaml;

/**
 * Measures the checker on the labelled corpus under src/test/resources/checker-corpus: per rule,
 * precision and recall of blocking and warning findings against the labels. Fails when a blocking
 * rule's recall is below 0.9. Writes the table to target/checker-quality.md.
 */
class CheckerCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/checker-corpus");

    record Labelled(Path file, String scenario, String style, Set<String> expected, Draft draft) {
    }

    static ContentSnapshot content;
    static List<Labelled> corpus;

    @BeforeAll
    static void load() throws IOException {
        content = ContentSnapshot.load(Path.of("content"));
        corpus = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                corpus.add(read(f));
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Labelled read(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int end = text.indexOf("\n---", 4);
        Map<String, Object> meta = new Yaml().load(text.substring(4, end));
        String body = text.substring(text.indexOf('\n', end + 4) + 1);
        String style = String.valueOf(meta.get("style"));
        Set<String> expected = new TreeSet<>((List<String>) meta.getOrDefault("expect", List.of()));
        Draft draft = "sectioned".equals(style) ? Draft.ofSections(sections(body)) : Draft.ofText(body);
        return new Labelled(f, String.valueOf(meta.get("scenario")), style, expected, draft);
    }

    /** Splits a sectioned draft on its "## Title" lines, mapping editor titles back to section ids. */
    static Map<String, String> sections(String body) {
        Map<String, String> byTitle = new LinkedHashMap<>();
        DraftText.defaultTitles().forEach((id, title) -> byTitle.put(title.toLowerCase(Locale.ROOT), id));
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (current != null) {
                    sections.merge(current, sb.toString().strip(), (a, b) -> a + "\n\n" + b);
                }
                String title = line.substring(3).strip().toLowerCase(Locale.ROOT);
                current = byTitle.getOrDefault(title, DraftText.sectionFor(title) == null ? "annexes"
                        : DraftText.sectionFor(title));
                sb.setLength(0);
            } else if (current != null) {
                sb.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.merge(current, sb.toString().strip(), (a, b) -> a + "\n\n" + b);
        }
        return sections;
    }

    @Test
    void corpusIsLargeAndVaried() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        assertThat(corpus.stream().filter(l -> l.style().equals("sectioned")).count()).isGreaterThanOrEqualTo(10);
        assertThat(corpus.stream().filter(l -> l.style().equals("free-form")).count()).isGreaterThanOrEqualTo(10);
        assertThat(corpus.stream().filter(l -> l.expected().isEmpty()).count()).isGreaterThanOrEqualTo(8);
        assertThat(corpus).allSatisfy(l -> assertThat(content.scenarios()).as(l.file().toString())
                .containsKey(l.scenario()));
    }

    @Test
    void blockingRulesReachNinetyPercentRecall() throws IOException {
        DraftChecker checker = new DraftChecker(content.countries());
        Map<String, int[]> counts = new TreeMap<>(); // rule -> {tp, fp, fn}
        Map<String, String> severities = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Labelled l : corpus) {
            Scenario s = content.scenarios().get(l.scenario());
            CheckReport report = checker.check(s, l.draft());
            Set<String> fired = report.findings().stream().filter(f -> f.severity() != Severity.ADVICE)
                    .map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
            report.findings().forEach(f -> severities.put(f.ruleId(), f.severity().id()));
            for (String rule : union(fired, l.expected())) {
                int[] c = counts.computeIfAbsent(rule, k -> new int[3]);
                boolean expected = l.expected().contains(rule);
                boolean found = fired.contains(rule);
                if (expected && found) {
                    c[0]++;
                } else if (found) {
                    c[1]++;
                    misses.add("FP " + rule + " in " + CORPUS.relativize(l.file()));
                } else {
                    c[2]++;
                    misses.add("FN " + rule + " in " + CORPUS.relativize(l.file()));
                }
            }
        }
        DraftChecker.RULES.forEach(r -> severities.putIfAbsent(r.id(), r.severity().id()));
        content.scenarios().values().forEach(sc -> sc.checks().forEach(ch -> severities.putIfAbsent("SCN-" + ch.id(),
                ch.severity())));
        StringBuilder table = new StringBuilder("| Rule | Severity | Support | TP | FP | FN | Precision | Recall |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        List<String> lowRecall = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            String severity = severities.getOrDefault(e.getKey(), e.getKey().startsWith("SCN-") ? "scenario" : "?");
            double precision = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.2f | %.2f |%n", e.getKey(),
                    severity, c[0] + c[2], c[0], c[1], c[2], precision, recall));
            if ("blocking".equals(severity) && c[0] + c[2] > 0 && recall < 0.9) {
                lowRecall.add(e.getKey() + String.format(Locale.ROOT, " (recall %.2f)", recall));
            }
        }
        table.append(String.format(Locale.ROOT, "| **all** | | %d | %d | %d | %d | %.2f | %.2f |%n", tp + fn, tp, fp, fn,
                tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 1 : (double) tp / (tp + fn)));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/checker-quality.md"), "Corpus: " + corpus.size() + " drafts\n\n" + table
                + "\nDisagreements:\n" + String.join("\n", misses) + "\n");
        System.out.println(table);
        assertThat(lowRecall).as("blocking rules below 0.9 recall; see target/checker-quality.md\n" + table).isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }
}
