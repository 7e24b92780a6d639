package org.palermoacademy.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.palermoacademy.catalog.ContentProblem;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.catalog.Programme.ExerciseRequirement;
import org.palermoacademy.catalog.Quiz;
import org.palermoacademy.shared.Language;

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

    // ---- certification programmes -------------------------------------------------------------

    private static final String PROG = "programmes/alpha-cert.yaml";
    private static final String REQUIRED_EXERCISE = "exercises:\n    - {scenario: mla-aldoria-bank-records, min_grade: 60}";

    /** Two good programmes over the fixture's courses, one real drafting scenario and one branching case. */
    private void programmeTree() throws Exception {
        fixture.copyFromContent("countries").copyFromContent("scenarios/mla-aldoria-bank-records")
                .copyFromContent("scenarios/branch-mla-more-information")
                .programme("alpha-cert", "alpha", "mla-aldoria-bank-records")
                .programme("beta-cert", "alpha", "mla-aldoria-bank-records");
    }

    @Test
    void aGoodProgrammeLoadsWithItsRequirementsRenewalAndTranslations() throws Exception {
        programmeTree();
        LoadedContent c = load();
        assertThat(c.hasErrors()).as(problems(c)).isFalse();
        assertThat(c.programmes()).containsOnlyKeys("alpha-cert", "beta-cert");
        assertThat(c.skippedProgrammes()).isEmpty();
        Programme p = c.programmes().get("alpha-cert");
        assertThat(p.file()).isEqualTo(PROG);
        assertThat(p.requiredCourses()).containsExactly("alpha");
        assertThat(p.requiredExercises()).containsExactly(new ExerciseRequirement("mla-aldoria-bank-records", 60));
        assertThat(p.validity()).isEqualTo(Period.ofYears(3));
        assertThat(p.renewalWindowDays()).isEqualTo(90);
        assertThat(p.renewal().courses()).containsExactly("beta");
        assertThat(p.renewal().exercises()).containsExactly(new ExerciseRequirement("mla-aldoria-bank-records", 60));
        assertThat(p.title(Language.FR)).isEqualTo("Certificat alpha-cert");
        assertThat(p.description(Language.FR)).isEqualTo("Atteste l’usage de la bonne voie (art. 18(13)).");
        assertThat(p.title(Language.ES)).isEqualTo("Certificate alpha-cert");
        assertThat(p.description(Language.EN)).startsWith("Certifies that the holder");
    }

    @Test
    void aBrokenProgrammeIsReportedWithFileAndLineAndSkippedWhileTheOthersLoad() throws Exception {
        programmeTree();
        fixture.replace("programmes/beta-cert.yaml", "title: Certificate beta-cert", "titel: Certificate beta-cert")
                .replace("programmes/beta-cert.yaml", "courses: [alpha]\n  exercises", "courses: [no-such-course]\n  exercises")
                .replace("programmes/beta-cert.yaml", REQUIRED_EXERCISE, REQUIRED_EXERCISE.replace("60", "150"));
        LoadedContent c = load();
        assertThat(c.problems()).extracting(ContentProblem::toString).containsExactly(
                "programmes/beta-cert.yaml:1: missing required field 'title'",
                "programmes/beta-cert.yaml:2: unknown key 'titel' (allowed: id, title, description, validity, "
                        + "renewal_window_days, requires, renewal, translations)",
                "programmes/beta-cert.yaml:8: unknown course id 'no-such-course'",
                "programmes/beta-cert.yaml:10: 'min_grade' must be between 1 and 100, not 150");
        assertThat(c.programmes()).containsOnlyKeys("alpha-cert");
        assertThat(c.skippedProgrammes()).containsExactly("programmes/beta-cert.yaml");
        assertThat(c.courses()).containsOnlyKeys("alpha", "beta");
    }

    static Stream<Arguments> brokenProgrammes() {
        return Stream.of(
                Arguments.of("courses: [alpha]", "courses: [alpha, no-such-course]",
                        PROG + ":8: unknown course id 'no-such-course'"),
                Arguments.of(REQUIRED_EXERCISE, REQUIRED_EXERCISE.replace("60", "150"),
                        PROG + ":10: 'min_grade' must be between 1 and 100, not 150"),
                Arguments.of(REQUIRED_EXERCISE, REQUIRED_EXERCISE.replace(", min_grade: 60", ""),
                        PROG + ":10: missing required number 'min_grade'"),
                Arguments.of("title: Certificate alpha-cert", "# the title went missing",
                        PROG + ":1: missing required field 'title'"),
                Arguments.of("renewal_window_days: 90", "renewal_window_days: 90\ncolour: blue",
                        PROG + ":7: unknown key 'colour' (allowed: id, title, description, validity, "
                                + "renewal_window_days, requires, renewal, translations)"),
                Arguments.of(REQUIRED_EXERCISE, REQUIRED_EXERCISE.replace("60}", "60, weight: 2}"),
                        PROG + ":10: unknown key 'weight' (allowed: scenario, min_grade)"),
                Arguments.of("validity: P3Y", "validity: 3 years",
                        PROG + ":5: 'validity' must be an ISO-8601 period such as P3Y or P18M, not '3 years'"),
                Arguments.of("validity: P3Y", "validity: P0D", PROG + ":5: 'validity' must be a positive period, not 'P0D'"),
                Arguments.of("renewal_window_days: 90", "renewal_window_days: 0",
                        PROG + ":6: 'renewal_window_days' must be at least 1, not 0"),
                Arguments.of("validity: P3Y", "validity: P2M",
                        PROG + ":6: 'renewal_window_days' (90) is longer than the validity P2M (59 days at the shortest)"),
                Arguments.of("id: alpha-cert", "id: alpha-certificate", PROG + ":1: the file name must equal the "
                        + "programme id: 'alpha-certificate' belongs in programmes/alpha-certificate.yaml"),
                Arguments.of(REQUIRED_EXERCISE, REQUIRED_EXERCISE.replace("mla-aldoria-bank-records", "no-such-scenario"),
                        PROG + ":10: unknown scenario id 'no-such-scenario'"),
                Arguments.of(REQUIRED_EXERCISE, REQUIRED_EXERCISE.replace("mla-aldoria-bank-records",
                        "branch-mla-more-information"), PROG + ":10: scenario 'branch-mla-more-information' is a "
                                + "branching case, which no trainer grades; name a drafting exercise"),
                Arguments.of("courses: [alpha]\n  " + REQUIRED_EXERCISE, "courses: []\n  exercises: []",
                        PROG + ":7: 'requires' names no course and no exercise; a programme needs at least one"),
                Arguments.of("courses: [alpha]", "courses: [alpha, alpha]", PROG + ":8: course 'alpha' is listed twice"),
                Arguments.of("    courses: [beta]\n    exercises:\n      - {scenario: mla-aldoria-bank-records, min_grade: 60}\n",
                        "    courses: []\n",
                        PROG + ":12: 'any_of' names no course and no exercise; renewal needs at least one"),
                Arguments.of("renewal:\n  any_of:", "renewal:\n  anyof:", PROG + ":12: unknown key 'anyof' (allowed: any_of)"),
                Arguments.of("  fr: {title", "  xx: {title", PROG + ":17: unknown translation language 'xx' (fr, es, ru, ar, zh)"),
                Arguments.of("central authority (art. 18(13))", "central authority (art. 18(31))",
                        PROG + ":4: citation that does not exist: art. 18(31): art. 18 has no paragraph 31 (it has paragraphs 1-30)"));
    }

    @ParameterizedTest
    @MethodSource("brokenProgrammes")
    void eachProgrammeErrorNamesFileAndLineAndSkipsOnlyThatProgramme(String from, String to, String expected)
            throws Exception {
        programmeTree();
        fixture.replace(PROG, from, to);
        LoadedContent c = load();
        assertThat(c.problems()).extracting(ContentProblem::toString).as(problems(c)).contains(expected);
        assertThat(c.programmes()).containsOnlyKeys("beta-cert");
        assertThat(c.skippedProgrammes()).containsExactly(PROG);
    }

    @Test
    void aProgrammeNamingASkippedCourseSaysSoAndIsSkipped() throws Exception {
        programmeTree();
        Files.delete(dir.resolve("courses/beta/final-quiz.yaml"));
        LoadedContent c = load();
        assertThat(c.problems()).extracting(ContentProblem::toString)
                .contains("programmes/alpha-cert.yaml:13: course 'beta' has errors and was not loaded, so this "
                        + "programme cannot be earned");
        assertThat(c.programmes()).isEmpty();
        assertThat(c.skippedProgrammes()).containsExactly(PROG, "programmes/beta-cert.yaml");
    }

    @Test
    void aProgrammeIdMayNotReuseACourseId() throws Exception {
        programmeTree();
        fixture.write("programmes/alpha.yaml", Files.readString(dir.resolve(PROG)).replace("id: alpha-cert", "id: alpha"));
        LoadedContent c = load();
        assertThat(c.problems()).extracting(ContentProblem::toString).containsExactly(
                "programmes/alpha.yaml:1: programme id 'alpha' is already a course id; certificates must not be ambiguous");
        assertThat(c.programmes()).containsOnlyKeys("alpha-cert", "beta-cert");
    }

    @Test
    void aRenewalCourseThatIsAlsoRequiredIsAWarningAndStrayFilesAreIgnored() throws Exception {
        programmeTree();
        fixture.replace("programmes/beta-cert.yaml", "    courses: [beta]\n", "    courses: [beta, alpha]\n")
                .write("programmes/notes.yml", "id: notes\n");
        LoadedContent c = load();
        assertThat(c.hasErrors()).as(problems(c)).isFalse();
        assertThat(c.problems()).extracting(ContentProblem::toString).containsExactly(
                "programmes/beta-cert.yaml:13: warning: course 'alpha' is also required, so every holder completed it "
                        + "before the renewal window; it cannot renew the certificate",
                "programmes/notes.yml: warning: not a programme file (programmes/<id>.yaml); ignored");
        assertThat(c.programmes().get("beta-cert").renewal().courses()).isEqualTo(List.of("beta", "alpha"));
    }
}
