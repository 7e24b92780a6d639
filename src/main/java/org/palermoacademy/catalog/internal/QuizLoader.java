package org.palermoacademy.catalog.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.palermoacademy.catalog.Quiz;
import org.palermoacademy.catalog.Quiz.Option;
import org.palermoacademy.catalog.Quiz.Pair;
import org.palermoacademy.catalog.Quiz.Question;

/** Reads a quiz YAML file and checks every question's shape, answer and citations. */
final class QuizLoader {

    private final ContentFiles files;

    QuizLoader(ContentFiles files) {
        this.files = files;
    }

    Optional<Quiz> load(Path file, String courseId, int minQuestions) {
        Optional<Yml> doc = files.yamlFile(file);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Yml yml = doc.get();
        String id = files.id(yml, "id");
        String title = yml.str("title");
        int passMark = yml.integer("pass_mark", 1, 100);
        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        List<Yml> items = yml.list("questions", true);
        if (items.size() < minQuestions) {
            files.problems().add(yml.file(), yml.get("questions").map(Yml::line).orElse(yml.line()),
                    "a final quiz needs at least " + minQuestions + " questions, this one has " + items.size());
        }
        for (Yml q : items) {
            question(q, questionIds).ifPresent(questions::add);
        }
        if (id == null || title == null) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(id, courseId, title, passMark, List.copyOf(questions)));
    }

    private Optional<Question> question(Yml q, Set<String> ids) {
        String file = q.file();
        String id = q.str("id");
        if (id != null && !ids.add(id)) {
            files.problems().add(file, q.line(), "duplicate question id '" + id + "'");
        }
        String typeText = q.str("type");
        String prompt = q.str("prompt");
        String explanation = q.str("explanation");
        var cites = files.cites(q, "cites", false);
        if (q.get("cites").isEmpty()) {
            files.problems().warn(file, q.line(), "question '" + id + "' has no 'cites' list");
        }
        files.checkTextCitations(explanation, file, q.get("explanation").map(Yml::line).orElse(q.line()));
        files.checkTextCitations(prompt, file, q.get("prompt").map(Yml::line).orElse(q.line()));
        Quiz.Type type = parseType(typeText, q);
        if (type == null || id == null || prompt == null) {
            return Optional.empty();
        }
        List<Option> options = List.of();
        Set<String> correct = Set.of();
        Boolean bool = null;
        List<Pair> pairs = List.of();
        List<String> orderItems = List.of();
        switch (type) {
            case SINGLE, MULTIPLE -> {
                options = options(q);
                correct = answers(q, type, options);
            }
            case TRUE_FALSE -> bool = trueFalse(q);
            case MATCHING -> pairs = pairs(q);
            case ORDERING -> orderItems = ordering(q);
        }
        return Optional.of(new Question(id, type, prompt, options, correct, bool, pairs, orderItems,
                explanation == null ? "" : explanation, cites));
    }

    private Quiz.Type parseType(String text, Yml q) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "single" -> Quiz.Type.SINGLE;
            case "multiple" -> Quiz.Type.MULTIPLE;
            case "truefalse", "true-false" -> Quiz.Type.TRUE_FALSE;
            case "matching" -> Quiz.Type.MATCHING;
            case "ordering" -> Quiz.Type.ORDERING;
            default -> {
                files.problems().add(q.file(), q.get("type").map(Yml::line).orElse(q.line()), "unknown question type '"
                        + text + "' (single, multiple, truefalse, matching, ordering)");
                yield null;
            }
        };
    }

    private List<Option> options(Yml q) {
        List<Option> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Yml o : q.list("options", true)) {
            String id = o.str("id");
            String text = o.str("text");
            if (id != null && !ids.add(id)) {
                files.problems().add(q.file(), o.line(), "duplicate option id '" + id + "'");
            }
            if (id != null && text != null) {
                options.add(new Option(id, text));
            }
        }
        if (options.size() < 2) {
            files.problems().add(q.file(), q.line(), "a choice question needs at least two options");
        }
        return List.copyOf(options);
    }

    private Set<String> answers(Yml q, Quiz.Type type, List<Option> options) {
        Optional<Yml> answer = q.get("answer");
        if (answer.isEmpty()) {
            files.problems().add(q.file(), q.line(), "missing required field 'answer'");
            return Set.of();
        }
        List<String> given = new ArrayList<>();
        if (answer.get().isList()) {
            answer.get().items("answer").forEach(a -> given.add(a.text()));
        } else {
            given.add(answer.get().text());
        }
        Set<String> optionIds = new HashSet<>();
        options.forEach(o -> optionIds.add(o.id()));
        Set<String> correct = new LinkedHashSet<>();
        for (String a : given) {
            if (a == null || !optionIds.contains(a)) {
                files.problems().add(q.file(), answer.get().line(),
                        "quiz answer '" + a + "' is not among the options " + optionIds);
            } else {
                correct.add(a);
            }
        }
        if (type == Quiz.Type.SINGLE && given.size() != 1) {
            files.problems().add(q.file(), answer.get().line(), "a single-choice question has exactly one answer");
        }
        if (type == Quiz.Type.MULTIPLE && (correct.isEmpty() || correct.size() >= options.size())) {
            files.problems().add(q.file(), answer.get().line(),
                    "a multiple-choice question needs at least one right and one wrong option");
        }
        return Set.copyOf(correct);
    }

    private Boolean trueFalse(Yml q) {
        Optional<Yml> answer = q.get("answer");
        String text = answer.map(Yml::text).orElse(null);
        if (!"true".equalsIgnoreCase(text) && !"false".equalsIgnoreCase(text)) {
            files.problems().add(q.file(), answer.map(Yml::line).orElse(q.line()),
                    "a true/false question's answer must be true or false");
            return Boolean.FALSE;
        }
        return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
    }

    private List<Pair> pairs(Yml q) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> rights = new HashSet<>();
        for (Yml p : q.list("pairs", true)) {
            String left = p.str("left");
            String right = p.str("right");
            if (right != null && !rights.add(right)) {
                files.problems().add(q.file(), p.line(), "matching right-hand texts must be distinct: '" + right + "'");
            }
            if (left != null && right != null) {
                pairs.add(new Pair(left, right));
            }
        }
        if (pairs.size() < 3) {
            files.problems().add(q.file(), q.line(), "a matching question needs at least 3 pairs");
        }
        return List.copyOf(pairs);
    }

    private List<String> ordering(Yml q) {
        List<String> items = q.strings("items", true);
        if (items.size() < 3) {
            files.problems().add(q.file(), q.line(), "an ordering question needs at least 3 items");
        }
        if (new HashSet<>(items).size() != items.size()) {
            files.problems().add(q.file(), q.line(), "ordering items must be distinct");
        }
        return List.copyOf(items);
    }
}
