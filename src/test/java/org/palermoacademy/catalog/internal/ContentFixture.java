package org.palermoacademy.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small content trees for validator tests: a valid one, which tests then break on purpose. */
final class ContentFixture {

    static final String LESSON_BODY = ("Requests go from central authority to central authority (art. 18(13)). "
            + "A practitioner checks the requested State's profile first. ").repeat(40);

    private final Path root;

    ContentFixture(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("convention"));
        Files.copy(Path.of("content/convention/untoc-structure.yaml"), root.resolve("convention/untoc-structure.yaml"));
    }

    Path root() {
        return root;
    }

    ContentFixture course(String folder, String id) throws IOException {
        write("courses/" + folder + "/course.yaml", """
                id: %s
                version: 1
                title: Course %s
                summary: A course for tests.
                audiences: [prosecutor, judge]
                languages: [en, fr]
                minutes: 60
                outcomes:
                  - Identify the central authority.
                modules: [01-basics]
                final_quiz: final-quiz.yaml
                completion: {lessons: all, final_quiz: passed}
                """.formatted(id, id));
        write("courses/" + folder + "/01-basics/module.yaml", """
                id: %s-basics
                title: Basics
                lessons: [01-first]
                translations: {fr: {title: Les bases}}
                """.formatted(id));
        lesson(folder, "01-basics/01-first", id + "-first", "[art. 18(13)]", LESSON_BODY);
        StringBuilder quiz = new StringBuilder("""
                id: %s-final
                title: Final quiz
                pass_mark: 70
                questions:
                """.formatted(id));
        for (int i = 1; i <= 10; i++) {
            quiz.append("""
                      - id: q%d
                        type: single
                        prompt: Who sends the request?
                        options:
                          - {id: a, text: The central authority}
                          - {id: b, text: The police officer}
                        answer: a
                        explanation: Central authorities send requests (art. 18(13)).
                        cites: [art. 18(13)]
                    """.formatted(i));
        }
        write("courses/" + folder + "/final-quiz.yaml", quiz.toString());
        return this;
    }

    ContentFixture lesson(String course, String path, String id, String cites, String body) throws IOException {
        write("courses/" + course + "/" + path + "/index.md", """
                ---
                id: %s
                title: A lesson
                minutes: 10
                cites: %s
                ---
                %s
                """.formatted(id, cites, body));
        return this;
    }

    /**
     * A programme file whose lines are fixed, so tests can name them: 8 required course, 10 required
     * exercise (min_grade), 13 renewal course, 15 renewal exercise, 17 French translation.
     */
    ContentFixture programme(String id, String course, String scenario) throws IOException {
        return write("programmes/" + id + ".yaml", """
                id: %s
                title: Certificate %s
                description: >-
                  Certifies that the holder sends requests to the right central authority (art. 18(13)).
                validity: P3Y
                renewal_window_days: 90
                requires:
                  courses: [%s]
                  exercises:
                    - {scenario: %s, min_grade: 60}
                renewal:
                  any_of:
                    courses: [beta]
                    exercises:
                      - {scenario: %s, min_grade: 60}
                translations:
                  fr: {title: Certificat %s, description: Atteste l’usage de la bonne voie (art. 18(13)).}
                """.formatted(id, id, course, scenario, scenario, id));
    }

    /** Copies files or folders from the real content tree (country profiles, scenarios). */
    ContentFixture copyFromContent(String relative) throws IOException {
        Path source = Path.of("content").resolve(relative);
        try (var paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path target = root.resolve(relative).resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        return this;
    }

    ContentFixture write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    ContentFixture replace(String relative, String from, String to) throws IOException {
        Path file = root.resolve(relative);
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(relative + " does not contain " + from);
        }
        Files.writeString(file, text.replace(from, to));
        return this;
    }
}
