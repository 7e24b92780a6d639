package org.palermoacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palermoacademy.catalog.internal.ContentLoader;
import org.palermoacademy.catalog.internal.LoadedContent;
import org.palermoacademy.shared.Language;

/** Every file in content/ parses and cross-references; the curriculum meets the minimums. */
class ContentFormatTests {

    static LoadedContent content;

    @BeforeAll
    static void load() {
        content = ContentLoader.load(Path.of("content"));
    }

    @Test
    void theWholeTreeValidatesWithoutErrorsOrWarnings() {
        assertThat(content.problems()).as("content problems").isEmpty();
    }

    @Test
    void theSevenCoursesExistWithEnoughLessonsAndQuizQuestions() {
        assertThat(content.courses().keySet()).containsExactlyInAnyOrder("untoc-foundations", "extradition-art16",
                "mla-art18", "confiscation-arts12-14", "jit-art19", "sit-art20", "case-digest");
        for (Course course : content.courses().values()) {
            assertThat(course.lessonIds()).as(course.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(course.outcomes()).as(course.id()).isNotEmpty();
            assertThat(course.finalQuiz().questions()).as(course.id()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(course.finalQuiz().questions()).allSatisfy(q -> assertThat(q.explanation()).isNotBlank());
            Set<Quiz.Type> types = course.finalQuiz().questions().stream().map(Quiz.Question::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Quiz.Type.class)));
            assertThat(types).as("question types in %s", course.id()).isEqualTo(EnumSet.allOf(Quiz.Type.class));
            course.lessons().forEach(l -> assertThat(l.words()).as(l.id()).isBetween(600, 1500));
        }
    }

    @Test
    void theMlaCourseHasFrenchLessonsAndFallsBackForTheRest() {
        Course mla = content.courses().get("mla-art18");
        assertThat(mla.languages()).contains(Language.FR);
        assertThat(mla.lessons().filter(l -> l.languages().contains(Language.FR)).count()).isGreaterThanOrEqualTo(2);
        assertThat(mla.lessons().filter(l -> !l.languages().contains(Language.FR)).count()).isPositive();
        assertThat(mla.title(Language.FR)).isNotEqualTo(mla.title());
    }

    @Test
    void scenariosCoverEveryRequestTypeAndTheBranchingCasesAreWellFormed() {
        var drafting = content.scenarios().values().stream().filter(s -> !s.branchingCase()).toList();
        var branching = content.scenarios().values().stream().filter(Scenario::branchingCase).toList();
        assertThat(drafting).hasSizeGreaterThanOrEqualTo(10);
        assertThat(branching).hasSizeGreaterThanOrEqualTo(3);
        assertThat(drafting).extracting(s -> s.type() + "/" + s.variant()).contains(
                "mla/bank-records", "mla/videoconference-witness", "mla/search-seizure", "mla/service-of-documents",
                "mla/e-evidence", "extradition/prosecution", "extradition/enforcement", "extradition/provisional-arrest",
                "confiscation/own-order", "confiscation/foreign-order", "confiscation/freezing", "jit/agreement",
                "controlled-delivery/request");
        assertThat(drafting).anyMatch(Scenario::returnOfProceeds);
        assertThat(drafting).allSatisfy(s -> {
            assertThat(s.modelAnswer()).as(s.id()).isNotBlank();
            assertThat(s.rubric()).as(s.id()).hasSizeBetween(4, 7);
            assertThat(s.facts().persons()).as(s.id()).isNotEmpty();
            assertThat(content.countries()).containsKeys(s.requestingState(), s.requestedState());
        });
        assertThat(branching).allSatisfy(s -> {
            assertThat(s.branching().steps()).as(s.id()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(s.branching().maxScore()).as(s.id()).isPositive();
        });
    }

    @Test
    void caseDigestMatricesPathsGlossaryAndArticleSummaries() {
        assertThat(content.cases()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(content.matrices()).containsKeys("jit-issues", "sit-issues");
        content.matrices().values().forEach(m -> assertThat(m.rows()).hasSizeGreaterThanOrEqualTo(12));
        assertThat(content.paths()).extracting(p -> p.audience()).containsExactlyInAnyOrder(Audience.values());
        assertThat(content.glossary()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(content.articles()).hasSize(41);
        assertThat(content.pages()).isNotEmpty();
    }

    @Test
    void theFourCertificationProgrammesLoadWithTheirRequirements() {
        assertThat(content.programmes()).containsOnlyKeys("asset-recovery-cooperation", "extradition-practitioner",
                "mla-practitioner", "ncb-cooperation-officer");
        Programme mla = content.programmes().get("mla-practitioner");
        assertThat(mla.requiredCourses()).containsExactly("untoc-foundations", "mla-art18");
        assertThat(mla.requiredExercises()).containsExactly(
                new Programme.ExerciseRequirement("mla-aldoria-bank-records", 60));
        Programme extradition = content.programmes().get("extradition-practitioner");
        assertThat(extradition.requiredCourses()).containsExactly("untoc-foundations", "extradition-art16");
        assertThat(extradition.requiredExercises()).extracting(Programme.ExerciseRequirement::scenarioId)
                .containsExactly("ext-aldoria-prosecution");
        Programme assets = content.programmes().get("asset-recovery-cooperation");
        assertThat(assets.requiredCourses()).containsExactly("untoc-foundations", "confiscation-arts12-14");
        assertThat(assets.requiredExercises()).extracting(Programme.ExerciseRequirement::scenarioId)
                .containsExactly("conf-castellia-freezing", "conf-aldoria-foreign-order-return");
        assertThat(content.scenarios().get("conf-aldoria-foreign-order-return").returnOfProceeds()).isTrue();
        Programme ncb = content.programmes().get("ncb-cooperation-officer");
        assertThat(ncb.requiredCourses()).containsExactly("untoc-foundations", "extradition-art16", "sit-art20");
        assertThat(ncb.requiredExercises()).extracting(Programme.ExerciseRequirement::scenarioId)
                .containsExactly("ext-dovania-provisional-arrest", "cd-aldoria-castellia-controlled-delivery");
        for (Programme p : content.programmes().values()) {
            assertThat(p.file()).isEqualTo("programmes/" + p.id() + ".yaml");
            assertThat(p.validity()).as(p.id()).isEqualTo(java.time.Period.ofYears(3));
            assertThat(p.renewalWindowDays()).as(p.id()).isEqualTo(90);
            assertThat(p.requiredExercises()).as(p.id()).allSatisfy(e -> assertThat(e.minPercent()).isEqualTo(60));
            assertThat(p.renewal().exercises()).as(p.id()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.minPercent()).isEqualTo(60))
                    // renewal by an exercise of the same kind as the required ones
                    .allSatisfy(e -> assertThat(content.scenarios().get(e.scenarioId()).type())
                            .isIn(p.requiredExercises().stream()
                                    .map(r -> content.scenarios().get(r.scenarioId()).type()).toList()));
            assertThat(p.renewal().courses()).as(p.id()).isNotEmpty().doesNotContainAnyElementsOf(p.requiredCourses());
            assertThat(p.title(Language.FR)).as(p.id()).isNotEqualTo(p.title()).doesNotContain("'");
            assertThat(p.description(Language.FR)).as(p.id()).isNotEqualTo(p.description()).doesNotContain("'");
        }
    }
}
