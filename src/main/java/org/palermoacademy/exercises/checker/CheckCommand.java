package org.palermoacademy.exercises.checker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palermoacademy.catalog.ContentSnapshot;
import org.palermoacademy.catalog.Scenario;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checker as a command: {@code --check-draft <scenario id | scenario folder> <draft file> [content dir]}.
 * Prints the findings as JSON (rule id, severity, article, message, section, position). Exit code 0
 * when nothing blocks, 1 when a blocking finding is present, 2 on bad arguments.
 */
public final class CheckCommand {

    private CheckCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 3) {
            err.println("usage: --check-draft <scenario-id | path/to/scenario-folder> <draft.md|.txt> [content-dir]");
            return 2;
        }
        Path contentDir = Path.of(args.length > 3 ? args[3] : "content");
        Path scenarioArg = Path.of(args[1]);
        ContentSnapshot content;
        String scenarioId;
        if (Files.isDirectory(scenarioArg)) {
            scenarioId = scenarioArg.getFileName().toString();
            content = ContentSnapshot.withScenarioFolder(contentDir, scenarioArg);
        } else if (Files.isRegularFile(scenarioArg) && scenarioArg.getFileName().toString().equals("scenario.yaml")) {
            scenarioId = scenarioArg.toAbsolutePath().getParent().getFileName().toString();
            content = ContentSnapshot.withScenarioFolder(contentDir, scenarioArg.toAbsolutePath().getParent());
        } else {
            scenarioId = args[1];
            content = ContentSnapshot.load(contentDir);
        }
        Scenario scenario = content.scenarios().get(scenarioId);
        if (scenario == null) {
            err.println("No valid scenario '" + scenarioId + "'" + (content.problems().isEmpty() ? ""
                    : ": " + String.join("; ", content.problems().stream().map(Object::toString).limit(5).toList())));
            return 2;
        }
        String text;
        try {
            long size = Files.size(Path.of(args[2]));
            if (size > 1_000_000) {
                err.println("The draft is larger than 1 MB");
                return 2;
            }
            text = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("Cannot read the draft " + args[2] + ": " + e.getMessage());
            return 2;
        }
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            if (end > 0) {
                text = text.substring(Math.min(text.length(), text.indexOf('\n', end + 4) + 1));
            }
        }
        CheckReport report = new DraftChecker(content.countries()).check(scenario, Draft.ofText(text));
        out.println(json(report, text));
        return report.count(Severity.BLOCKING) > 0 ? 1 : 0;
    }

    static String json(CheckReport report, String text) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", report.scenarioId());
        root.put("completeness", report.completenessPercent());
        root.put("blocking", report.count(Severity.BLOCKING));
        root.put("warnings", report.count(Severity.WARNING));
        root.put("advice", report.count(Severity.ADVICE));
        List<Map<String, Object>> findings = report.findings().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.ruleId());
            m.put("severity", f.severity().id());
            m.put("article", f.article());
            m.put("message", f.message());
            m.put("section", f.section());
            if (f.offset() >= 0) {
                int line = 1 + (int) text.substring(0, Math.min(f.offset(), text.length())).chars().filter(c -> c == '\n').count();
                m.put("position", Map.of("offset", f.offset(), "line", line));
            }
            return m;
        }).toList();
        root.put("findings", findings);
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root);
    }
}
