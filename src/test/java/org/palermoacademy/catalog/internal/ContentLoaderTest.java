package org.palermoacademy.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermoacademy.catalog.ContentProblem;
import org.palermoacademy.catalog.Quiz;

/** The validator on good and deliberately broken trees: every error names file, line and problem. */
class ContentLoaderTest {

    @TempDir
    Path dir;
    ContentFixture fixture;

    @BeforeEach
    void goodTree() throws Exception {
        fixture = new ContentFixture(dir).course("alpha", "alpha").course("beta", "beta");
    }

    private LoadedContent load() {
        return ContentLoader.load(dir);
    }

    private static String problems(LoadedContent c) {
        return String.join("\n", c.problems().stream().map(ContentProblem::toString).toList());
    }

    @Test
    void aGoodTreeLoadsWithoutErrors() {
        LoadedContent c = load();
        assertThat(c.hasErrors()).as(problems(c)).isFalse();
        assertThat(c.courses()).containsOnlyKeys("alpha", "beta");
        assertThat(c.courses().get("alpha").lessonIds()).containsExactly("alpha-first");
        assertThat(c.courses().get("alpha").finalQuiz().questions()).hasSize(10);
        assertThat(c.courses().get("alpha").contentVersion()).hasSize(12);
    }

    @Test
    void badYamlIsReportedWithFileAndLineAndOnlyThatCourseIsSkipped() throws Exception {
        fixture.write("courses/beta/course.yaml", "id: beta\ntitle: [unclosed\nsummary: x\n");
        LoadedContent c = load();
        assertThat(c.courses()).containsOnlyKeys("alpha");
        assertThat(c.skippedCourses()).containsExactly("courses/beta");
        assertThat(c.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("courses/beta/course.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("bad YAML");
        });
    }

    @Test
    void duplicateIdsAreReported() throws Exception {
        fixture.replace("courses/beta/01-basics/01-first/index.md", "id: beta-first", "id: alpha-first");
        LoadedContent c = load();
        assertThat(c.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("courses/beta/01-basics/01-first/index.md");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("duplicate id 'alpha-first'").contains("courses/alpha/01-basics");
        });
        assertThat(c.courses()).containsOnlyKeys("alpha");
    }

    @Test
    void missingFilesAndFoldersAreReported() throws Exception {
        Files.delete(dir.resolve("courses/beta/final-quiz.yaml"));
        fixture.replace("courses/alpha/01-basics/module.yaml", "lessons: [01-first]", "lessons: [01-first, 02-gone]");
        LoadedContent c = load();
        assertThat(c.problems()).extracting(ContentProblem::toString)
                .contains("courses/beta/final-quiz.yaml: missing file")
                .contains("courses/alpha/01-basics/module.yaml:3: lesson folder '02-gone' does not exist");
        assertThat(c.courses()).isEmpty();
    }

    @Test
    void quizAnswerNotAmongOptionsIsReported() throws Exception {
        fixture.replace("courses/alpha/final-quiz.yaml", "    answer: a\n    explanation: Central authorities send requests (art. 18(13)).\n    cites: [art. 18(13)]\n  - id: q2",
                "    answer: c\n    explanation: Central authorities send requests (art. 18(13)).\n    cites: [art. 18(13)]\n  - id: q2");
        LoadedContent c = load();
        assertThat(c.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("courses/alpha/final-quiz.yaml");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("quiz answer 'c' is not among the options");
        });
    }

    @Test
    void citationsThatDoNotExistAreReportedInListsAndInText() throws Exception {
        fixture.lesson("alpha", "01-basics/01-first", "alpha-first", "[art. 18(31), art. 2(k), art. 42]",
                "Under art. 16(18) a State may refuse. " + ContentFixture.LESSON_BODY);
        LoadedContent c = load();
        assertThat(c.problems()).extracting(ContentProblem::toString)
                .anyMatch(s -> s.startsWith("courses/alpha/01-basics/01-first/index.md:5:")
                        && s.contains("art. 18 has no paragraph 31"))
                .anyMatch(s -> s.contains("art. 2(k): no subparagraph (k)"))
                .anyMatch(s -> s.contains("art. 42 does not exist"))
                .anyMatch(s -> s.startsWith("courses/alpha/01-basics/01-first/index.md:7:")
                        && s.contains("art. 16 has no paragraph 18"));
    }

    @Test
    void unknownLessonLinkIsReported() throws Exception {
        fixture.lesson("alpha", "01-basics/01-first", "alpha-first", "[art. 18(13)]",
                "See [the next one](lesson:beta-first) and [a ghost](lesson:no-such-lesson).\n\n" + ContentFixture.LESSON_BODY);
        LoadedContent c = load();
        assertThat(c.problems()).extracting(ContentProblem::toString)
                .contains("courses/alpha/01-basics/01-first/index.md:7: link to unknown lesson id 'no-such-lesson'")
                .noneMatch(s -> s.contains("'beta-first'"));
    }

    @Test
    void quizShapesAreChecked() throws Exception {
        fixture.write("courses/alpha/01-basics/quiz.yaml", """
                id: alpha-module-quiz
                title: Check
                pass_mark: 150
                questions:
                  - id: m1
                    type: matching
                    prompt: Match
                    pairs:
                      - {left: A, right: X}
                      - {left: B, right: X}
                    explanation: x
                    cites: []
                  - id: m2
                    type: ordering
                    prompt: Order
                    items: [One, Two]
                    explanation: x
                    cites: []
                  - id: m3
                    type: multiple
                    prompt: All right?
                    options:
                      - {id: a, text: A}
                      - {id: b, text: B}
                    answer: [a, b]
                    explanation: x
                    cites: []
                  - id: m4
                    type: essay
                    prompt: Write
                    explanation: x
                    cites: []
                """);
        fixture.replace("courses/alpha/01-basics/module.yaml", "lessons: [01-first]", "lessons: [01-first]\nquiz: quiz.yaml");
        LoadedContent c = load();
        assertThat(c.problems()).extracting(ContentProblem::message)
                .contains("'pass_mark' must be between 1 and 100, not 150")
                .contains("matching right-hand texts must be distinct: 'X'")
                .contains("a matching question needs at least 3 pairs")
                .contains("an ordering question needs at least 3 items")
                .contains("a multiple-choice question needs at least one right and one wrong option")
                .anyMatch(m -> m.startsWith("unknown question type 'essay'"));
    }

    @Test
    void aTranslationKeepsTheLessonIdAndFallsBackOtherwise() throws Exception {
        fixture.write("courses/alpha/01-basics/01-first/index.fr.md", """
                ---
                id: alpha-premier
                title: Une leçon
                ---
                Les demandes passent par les autorités centrales (art. 18(13)).
                """);
        LoadedContent c = load();
        assertThat(c.problems()).extracting(ContentProblem::toString)
                .contains("courses/alpha/01-basics/01-first/index.fr.md:2: a translation keeps the lesson's id "
                        + "'alpha-first', not 'alpha-premier'");
    }

    @Test
    void rawHtmlIsAWarningAndNeverRendered() throws Exception {
        fixture.lesson("alpha", "01-basics/01-first", "alpha-first", "[art. 18(13)]",
                "<script>alert(1)</script>\n\n[x](javascript:alert(2))\n\n" + ContentFixture.LESSON_BODY);
        LoadedContent c = load();
        assertThat(c.hasErrors()).as(problems(c)).isFalse();
        assertThat(c.problems()).anySatisfy(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.message()).contains("raw HTML");
        });
        String html = MarkdownRenderer.render(c.lessons().get("alpha-first").bodies().values().iterator().next(), null);
        assertThat(html).doesNotContain("<script").doesNotContain("javascript:").contains("&lt;script&gt;");
    }

    @Test
    void gradingFollowsEachQuestionType() {
        LoadedContent c = load();
        Quiz quiz = c.courses().get("alpha").finalQuiz();
        var answers = new java.util.HashMap<String, java.util.List<String>>();
        for (int i = 1; i <= 7; i++) {
            answers.put("q" + i, java.util.List.of("a"));
        }
        answers.put("q8", java.util.List.of("b"));
        Quiz.Result result = quiz.grade(answers);
        assertThat(result.scorePercent()).isEqualTo(70);
        assertThat(result.passed()).isTrue();
        assertThat(result.correct()).containsEntry("q8", false).containsEntry("q9", false).containsEntry("q1", true);
    }

    @Test
    void missingStructureTableIsOneClearProblem() throws Exception {
        Files.delete(dir.resolve("convention/untoc-structure.yaml"));
        LoadedContent c = load();
        assertThat(c.courses()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p ->
                assertThat(p.toString()).startsWith("convention/untoc-structure.yaml: cannot read the Convention's structure table"));
    }
}
