package org.palermoacademy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import org.palermoacademy.catalog.internal.ContentLoader;
import org.palermoacademy.catalog.internal.LoadedContent;

/**
 * Content load and validation time: the real {@code content/} tree, and a generated tree of 1,000
 * lessons (50 courses x 20 lessons, each with a 10-question final quiz).
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.palermoacademy.bench.ContentBenchmark}
 */
public final class ContentBenchmark {

    public static void main(String[] args) throws Exception {
        Path generated = generate(Path.of("target/bench-content"), 50, 20);
        System.out.println("Content benchmark, " + LocalDate.now() + ", " + Stats.machine());
        System.out.println(Stats.header());
        for (Path root : new Path[] {Path.of("content"), generated}) {
            for (int i = 0; i < 3; i++) {
                ContentLoader.load(root); // warm-up
            }
            Stats stats = new Stats();
            LoadedContent last = null;
            for (int i = 0; i < 15; i++) {
                long t = System.nanoTime();
                last = ContentLoader.load(root);
                stats.add((System.nanoTime() - t) / 1e6);
            }
            System.out.println(stats.row("load + validate " + root + " (" + last.courses().size() + " courses, "
                    + last.lessons().size() + " lessons, " + last.errorCount() + " errors)"));
        }
    }

    /** Writes a tree of {@code courses} x {@code lessons} valid lessons next to a copy of the real content. */
    public static Path generate(Path root, int courses, int lessons) throws IOException {
        if (Files.exists(root)) {
            try (var walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(root.resolve("convention"));
        Files.copy(Path.of("content/convention/untoc-structure.yaml"), root.resolve("convention/untoc-structure.yaml"));
        String body = ("Requests travel between central authorities (art. 18(13)) and must state their purpose "
                + "(art. 18(15)(f)). A careful drafter checks the requested State's profile before writing. ").repeat(30);
        for (int c = 1; c <= courses; c++) {
            String id = "gen-course-" + c;
            Path dir = root.resolve("courses/" + id);
            StringBuilder lessonList = new StringBuilder();
            for (int l = 1; l <= lessons; l++) {
                String folder = String.format("%02d-lesson", l);
                lessonList.append(l == 1 ? "" : ", ").append(folder);
                Path lesson = dir.resolve("m1/" + folder + "/index.md");
                Files.createDirectories(lesson.getParent());
                Files.writeString(lesson, "---\nid: " + id + "-l" + l + "\ntitle: Lesson " + l + "\nminutes: 10\n"
                        + "cites: [art. 18(13), art. 18(15)(f)]\n---\n## Part\n\n" + body + "\n");
            }
            Files.writeString(dir.resolve("m1/module.yaml"), "id: " + id + "-m1\ntitle: Module\nlessons: ["
                    + lessonList + "]\n");
            StringBuilder quiz = new StringBuilder("id: " + id + "-quiz\ntitle: Final quiz\npass_mark: 70\nquestions:\n");
            for (int q = 1; q <= 10; q++) {
                quiz.append("  - id: q").append(q).append("\n    type: truefalse\n    prompt: Bank secrecy bars MLA.\n")
                        .append("    answer: false\n    explanation: It does not (art. 18(8)).\n    cites: [art. 18(8)]\n");
            }
            Files.writeString(dir.resolve("final-quiz.yaml"), quiz.toString());
            Files.writeString(dir.resolve("course.yaml"), "id: " + id + "\ntitle: Generated course " + c
                    + "\nsummary: Generated for benchmarks.\naudiences: [prosecutor]\nlanguages: [en]\nminutes: 200\n"
                    + "outcomes: [Draft a request]\nmodules: [m1]\nfinal_quiz: final-quiz.yaml\n");
        }
        return root;
    }
}
