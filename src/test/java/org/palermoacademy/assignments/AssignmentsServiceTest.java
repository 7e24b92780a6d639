package org.palermoacademy.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermoacademy.assignments.Fixtures.Person;
import org.palermoacademy.audit.AuditEvent;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.exercises.DraftProblem;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.DraftView;
import org.palermoacademy.exercises.SubmissionView;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.internal.UserProfileStore;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Cohorts, imports, assignments, the review queue and grading on the embedded store. */
@IntegrationTest
class AssignmentsServiceTest {

    static final String SCENARIO = "mla-aldoria-bank-records";

    @Autowired
    CohortService cohorts;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    DraftService drafts;
    @Autowired
    AuditLog audit;
    @Autowired
    UserProfileStore profileStore;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    Fixtures fx;
    Person trainerA;
    Person trainerB;
    Person learner;

    @BeforeEach
    void people() {
        fx = new Fixtures(profileStore, cohorts);
        trainerA = fx.person("Ana", Role.TRAINER);
        trainerB = fx.person("Bruno", Role.TRAINER);
        learner = fx.person("Lea", Role.LEARNER);
    }

    private <T> T as(Person p, java.util.function.Supplier<T> work) {
        return AsUser.call(p.id(), work, p.role());
    }

    private Assignment assignScenario(Person trainer, Cohort cohort, boolean lateAllowed, LocalDate due) {
        return as(trainer, () -> assignments.assign(cohort.id(), ItemKind.DRAFTING, SCENARIO, "Draft the request.",
                LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1), due, lateAllowed, List.of()));
    }

    private SubmissionView draftAndSubmit(Person who, String facts) {
        return as(who, () -> {
            DraftView d = drafts.openDraft(SCENARIO);
            Map<String, String> sections = new LinkedHashMap<>();
            sections.put("facts", facts);
            DraftView saved = drafts.save(d.id(), sections, null, false, d.revision());
            return drafts.submit(saved.id(), DraftService.submitKey(saved.id(), saved.revision()));
        });
    }

    @Test
    void aTrainerNeitherSeesNorActsOnAnotherTrainersCohortByItsId() {
        Cohort cohort = fx.cohort(trainerA, "Scoping A");
        as(trainerA, () -> cohorts.addMember(cohort.id(), learner.id()));
        assignScenario(trainerA, cohort, true, LocalDate.now().plusDays(7));
        SubmissionView submitted = draftAndSubmit(learner, "Viktor Hale received EUR 640,000.");

        assertThatThrownBy(() -> as(trainerB, () -> cohorts.cohort(cohort.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(trainerB, () -> cohorts.members(cohort.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(trainerB, () -> assignments.gridLearners(cohort.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(trainerB, () -> assignments.assign(cohort.id(), ItemKind.DRAFTING, SCENARIO, "",
                null, LocalDate.now().plusDays(3), true, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(trainerB, () -> cohorts.removeMember(cohort.id(), learner.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(trainerB, () -> reviews.open(submitted.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(trainerB, () -> reviews.decide(submitted.id(), "graded", Map.of(), "", Map.of(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(trainerB, () -> drafts.submission(submitted.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(trainerB, () -> cohorts.myCohorts())).extracting(Cohort::id).doesNotContain(cohort.id());
        assertThat(as(trainerB, () -> reviews.queue())).extracting(ReviewTask::submissionId).doesNotContain(submitted.id());
        // a learner cannot use the trainers' methods at all
        assertThatThrownBy(() -> as(learner, () -> cohorts.cohort(cohort.id())))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);

        // the owner and a co-trainer the owner shares with do see it; the co-trainer cannot share further
        assertThat(as(trainerA, () -> reviews.queue())).extracting(ReviewTask::submissionId).contains(submitted.id());
        as(trainerA, () -> {
            cohorts.addCoTrainer(cohort.id(), trainerB.id());
            return null;
        });
        assertThat(as(trainerB, () -> cohorts.cohort(cohort.id())).coTrainers()).containsKey(trainerB.id());
        assertThat(as(trainerB, () -> reviews.queue())).extracting(ReviewTask::submissionId).contains(submitted.id());
        Person third = fx.person("Chen", Role.TRAINER);
        assertThatThrownBy(() -> as(trainerB, () -> {
            cohorts.addCoTrainer(cohort.id(), third.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        List<AuditEvent> denied = AsUser.call("auditor", () -> audit.forActor(trainerB.id(), 50), Role.ADMIN);
        assertThat(denied).extracting(AuditEvent::action).contains("access-denied");
    }

    @Test
    void aCsvImportReportsEveryRowAndKeepsWhatItAddedWhenTheFileBreaksOff() {
        Cohort cohort = fx.cohort(trainerA, "Import");
        Person known = fx.person("Kofi", Role.LEARNER);
        String csv = "Name;E-mail\n"
                + "Kofi;" + known.email().toUpperCase() + "\n"          // line 2: known, any case -> added
                + "Nobody;new.person." + trainerA.id() + "@example.org\n" // line 3: not signed in yet -> pending
                + "Typo;not-an-address\n"                               // line 4: invalid
                + "Again;" + known.email() + "\n"                       // line 5: duplicate in file
                + ";\n"                                                 // line 6: empty
                + "=HYPERLINK(\"x\");=cmd|' /C calc'!A0\n"              // line 7: hostile -> invalid
                + "Broken;\"unterminated@example.org\n";                // line 8: unterminated quote
        ImportReport report = as(trainerA, () -> cohorts.importCsv(cohort.id(), csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.rows()).extracting(ImportReport.Row::line, ImportReport.Row::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, ImportReport.Outcome.ADDED),
                org.assertj.core.groups.Tuple.tuple(3L, ImportReport.Outcome.PENDING),
                org.assertj.core.groups.Tuple.tuple(4L, ImportReport.Outcome.INVALID_EMAIL),
                org.assertj.core.groups.Tuple.tuple(5L, ImportReport.Outcome.DUPLICATE_IN_FILE),
                org.assertj.core.groups.Tuple.tuple(6L, ImportReport.Outcome.EMPTY),
                org.assertj.core.groups.Tuple.tuple(7L, ImportReport.Outcome.INVALID_EMAIL),
                org.assertj.core.groups.Tuple.tuple(8L, ImportReport.Outcome.MALFORMED));
        List<Member> members = as(trainerA, () -> cohorts.members(cohort.id()));
        assertThat(members).extracting(Member::email).containsExactlyInAnyOrder(known.email(),
                "new.person." + trainerA.id().toLowerCase() + "@example.org");
        assertThat(members).filteredOn(Member::pending).hasSize(1);

        // importing the same file again adds nobody twice
        ImportReport again = as(trainerA, () -> cohorts.importCsv(cohort.id(), csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.count(ImportReport.Outcome.ALREADY_MEMBER)).isEqualTo(2);
        assertThat(as(trainerA, () -> cohorts.members(cohort.id()))).hasSize(2);

        // binary junk and oversized files are refused with a reason, not half-read
        assertThatThrownBy(() -> as(trainerA, () -> cohorts.importCsv(cohort.id(), new byte[] {'a', 0, 'b'})))
                .isInstanceOf(AssignmentProblem.class).hasMessageContaining("cohort.import.error.binary");
        assertThatThrownBy(() -> as(trainerA, () -> cohorts.importCsv(cohort.id(),
                new byte[CohortService.MAX_IMPORT_BYTES + 1]))).isInstanceOf(AssignmentProblem.class)
                .hasMessageContaining("cohort.import.error.size");
    }

    @Test
    void aPendingPlaceBecomesTheLearnersAtTheirFirstSignIn() {
        Cohort cohort = fx.cohort(trainerA, "Pending");
        String email = "late.comer." + trainerA.id() + "@example.org";
        as(trainerA, () -> cohorts.importCsv(cohort.id(), ("email\n" + email).getBytes(StandardCharsets.UTF_8)));
        String newId = "late-" + java.util.UUID.randomUUID();
        events.publishEvent(new org.palermoacademy.identity.UserSignedIn(newId,
                email.toUpperCase(), "Late Comer"));
        List<Member> members = as(trainerA, () -> cohorts.members(cohort.id()));
        assertThat(members).singleElement().satisfies(m -> {
            assertThat(m.learnerId()).isEqualTo(newId);
            assertThat(m.pending()).isFalse();
            assertThat(m.name()).isEqualTo("Late Comer");
        });
    }

    @Test
    void twoTrainersGradingAtOnceGiveTheSecondAConflictAndGradeChangesAreAudited() {
        Cohort cohort = fx.cohort(trainerA, "Grading");
        as(trainerA, () -> cohorts.addMember(cohort.id(), learner.id()));
        as(trainerA, () -> {
            cohorts.addCoTrainer(cohort.id(), trainerB.id());
            return null;
        });
        assignScenario(trainerA, cohort, true, LocalDate.now().plusDays(7));
        SubmissionView submitted = draftAndSubmit(learner, "Viktor Hale received EUR 640,000.");

        ReviewSheet seenByA = as(trainerA, () -> reviews.open(submitted.id()));
        ReviewSheet seenByB = as(trainerB, () -> reviews.open(submitted.id()));
        assertThat(seenByA.review().version()).isZero();
        Map<String, String> levels = new LinkedHashMap<>();
        seenByA.scenario().rubric().forEach(c -> levels.put(c.id(), "competent"));
        Review graded = as(trainerA, () -> reviews.decide(submitted.id(), "graded", levels, "Solid work.", Map.of(),
                seenByA.review().version()));
        assertThat(graded.version()).isEqualTo(1);
        assertThat(graded.score()).isEqualTo(2 * 13);
        assertThat(graded.maxScore()).isEqualTo(3 * 13);

        Map<String, String> harsher = new LinkedHashMap<>(levels);
        harsher.replaceAll((k, v) -> "developing");
        assertThatThrownBy(() -> as(trainerB, () -> reviews.decide(submitted.id(), "graded", harsher, "Weak.", Map.of(),
                seenByB.review().version()))).isInstanceOf(AssignmentProblem.class)
                .satisfies(e -> assertThat(((AssignmentProblem) e).kind()).isEqualTo(AssignmentProblem.Kind.CONFLICT));
        // nothing was overwritten
        assertThat(as(trainerA, () -> reviews.open(submitted.id())).review().comment()).isEqualTo("Solid work.");

        // B reloads and changes the grade on purpose: audited with before and after
        long current = as(trainerB, () -> reviews.open(submitted.id())).review().version();
        as(trainerB, () -> reviews.decide(submitted.id(), "graded", harsher, "Weaker on reflection.", Map.of(), current));
        List<AuditEvent> events = AsUser.call("auditor", () -> audit.forActor(trainerB.id(), 50), Role.ADMIN);
        assertThat(events).filteredOn(e -> e.action().equals("grade-changed")).singleElement().satisfies(e -> {
            assertThat(e.details().get("before")).startsWith("graded 26/39");
            assertThat(e.details().get("after")).startsWith("graded 13/39");
        });
        // the learner sees the review and the grade
        var feedback = as(learner, () -> drafts.feedback(submitted.id())).orElseThrow();
        assertThat(feedback.graded()).isTrue();
        assertThat(feedback.percent()).isEqualTo(33);
        assertThat(as(learner, () -> assignments.assignedToMe())).filteredOn(i -> i.assignment().cohortId()
                .equals(cohort.id())).singleElement().satisfies(i -> {
                    assertThat(i.status()).isEqualTo(WorkStatus.GRADED);
                    assertThat(i.score()).isEqualTo(33);
                });
    }

    @Test
    void aReturnedSubmissionReopensTheDraftAndTheResubmissionQueuesAgain() {
        Cohort cohort = fx.cohort(trainerA, "Revision");
        as(trainerA, () -> cohorts.addMember(cohort.id(), learner.id()));
        assignScenario(trainerA, cohort, true, LocalDate.now().plusDays(7));
        SubmissionView first = draftAndSubmit(learner, "Viktor Hale received money.");

        assertThatThrownBy(() -> as(trainerA, () -> reviews.decide(first.id(), "returned", Map.of(), " ", Map.of(), 0)))
                .isInstanceOf(AssignmentProblem.class).hasMessageContaining("review.error.returnNeedsComment");
        as(trainerA, () -> reviews.decide(first.id(), "returned", Map.of(), "", Map.of("facts",
                "Give the amount and the dates of the transfers."), 0));
        assertThat(as(trainerA, () -> reviews.queue())).extracting(ReviewTask::submissionId).doesNotContain(first.id());
        assertThat(as(learner, () -> assignments.assignedToMe())).filteredOn(i -> i.assignment().cohortId()
                .equals(cohort.id())).singleElement().extracting(AssignedItem::status).isEqualTo(WorkStatus.RETURNED);
        assertThat(as(learner, () -> drafts.feedback(first.id())).orElseThrow().sectionComments())
                .containsEntry("facts", "Give the amount and the dates of the transfers.");

        SubmissionView second = draftAndSubmit(learner, "Viktor Hale received EUR 640,000 between 3 and 9 March 2026.");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(as(trainerA, () -> reviews.queue())).extracting(ReviewTask::submissionId).contains(second.id());
        // the old submission can no longer be decided
        assertThatThrownBy(() -> as(trainerA, () -> reviews.decide(first.id(), "returned", Map.of(), "again", Map.of(),
                1))).isInstanceOf(AssignmentProblem.class).hasMessageContaining("review.error.superseded");
        // the grid shows the resubmission
        List<GridRow> rows = as(trainerA, () -> assignments.gridRows(cohort.id(), assignments.gridLearners(cohort.id())));
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.cells().values()).singleElement()
                .extracting(Cell::status).isEqualTo(WorkStatus.SUBMITTED));
    }

    @Test
    void pastADueDateThatRefusesLateWorkSubmissionIsClosedButTheDraftIsKept() {
        Cohort cohort = fx.cohort(trainerA, "Closed");
        as(trainerA, () -> cohorts.addMember(cohort.id(), learner.id()));
        as(trainerA, () -> assignments.assign(cohort.id(), ItemKind.DRAFTING, SCENARIO, "", LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(2), false, List.of()));
        assertThatThrownBy(() -> draftAndSubmit(learner, "Late text")).isInstanceOf(DraftProblem.class)
                .satisfies(e -> assertThat(((DraftProblem) e).kind()).isEqualTo(DraftProblem.Kind.CLOSED));
        assertThat(as(learner, () -> drafts.myDraft(SCENARIO)).orElseThrow().sections()).containsEntry("facts", "Late text");
        assertThat(as(learner, () -> assignments.assignedToMe())).filteredOn(i -> i.assignment().cohortId()
                .equals(cohort.id())).singleElement().extracting(AssignedItem::status).isEqualTo(WorkStatus.OVERDUE);
    }

    @Test
    void badAssignmentsAreRefusedWithAReason() {
        Cohort cohort = fx.cohort(trainerA, "Validation");
        assertThatThrownBy(() -> as(trainerA, () -> assignments.assign(cohort.id(), ItemKind.COURSE, "no-such-course", "",
                null, LocalDate.now().plusDays(3), true, List.of()))).hasMessageContaining("assignment.error.item");
        assertThatThrownBy(() -> as(trainerA, () -> assignments.assign(cohort.id(), ItemKind.BRANCHING, SCENARIO, "",
                null, LocalDate.now().plusDays(3), true, List.of()))).hasMessageContaining("assignment.error.item");
        assertThatThrownBy(() -> as(trainerA, () -> assignments.assign(cohort.id(), ItemKind.DRAFTING, SCENARIO, "",
                LocalDate.now().plusDays(5), LocalDate.now().plusDays(3), true, List.of())))
                .hasMessageContaining("assignment.error.dates");
        assertThatThrownBy(() -> as(trainerA, () -> assignments.assign(cohort.id(), ItemKind.DRAFTING, SCENARIO, "",
                null, LocalDate.now().plusDays(3), true, List.of("not-a-member"))))
                .hasMessageContaining("assignment.error.learners");
        assertThatThrownBy(() -> as(trainerA, () -> assignments.assign(cohort.id(), ItemKind.DRAFTING, SCENARIO,
                "x".repeat(AssignmentService.MAX_INSTRUCTIONS + 1), null, LocalDate.now().plusDays(3), true, List.of())))
                .hasMessageContaining("assignment.error.instructions");
        assertThatThrownBy(() -> as(trainerA, () -> cohorts.create(" ", "", null, LocalDate.now(), LocalDate.now(), "UTC")))
                .hasMessageContaining("cohort.error.name");
        assertThatThrownBy(() -> as(trainerA, () -> cohorts.create("X", "", null, LocalDate.now(), LocalDate.now(),
                "Mars/Olympus"))).hasMessageContaining("cohort.error.zone");
        assertThatThrownBy(() -> as(trainerA, () -> cohorts.cohort("no-such-cohort")))
                .hasMessageContaining("cohort.error.unknown");
    }
}
