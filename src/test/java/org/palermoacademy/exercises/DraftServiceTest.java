package org.palermoacademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermoacademy.identity.Role;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;

/** Drafts on the embedded store: autosave, conflicts, versions, exactly-once submission, access, hostile text. */
@IntegrationTest
class DraftServiceTest {

    static final String SCENARIO = "mla-aldoria-bank-records";

    @Autowired
    DraftService drafts;
    @Autowired
    MongoTemplate mongo;

    String learner;
    String other;

    @BeforeEach
    void users() {
        learner = "learner-" + UUID.randomUUID();
        other = "other-" + UUID.randomUUID();
    }

    private DraftView open() {
        return AsUser.call(learner, () -> drafts.openDraft(SCENARIO), Role.LEARNER);
    }

    private DraftView save(DraftView d, String facts) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("facts", facts);
        return AsUser.call(learner, () -> drafts.save(d.id(), sections, null, false, d.revision()), Role.LEARNER);
    }

    @Test
    void autosavesKeepTheTextAndRevisionsAndAStaleSaveIsAConflict() {
        DraftView d = open();
        assertThat(open().id()).isEqualTo(d.id()); // one draft per learner and scenario
        DraftView first = save(d, "Viktor Hale received EUR 640,000.");
        DraftView second = save(first, "Viktor Hale received EUR 640,000 on his account.");
        assertThat(second.revision()).isEqualTo(first.revision() + 1);
        assertThat(AsUser.call(learner, () -> drafts.draft(d.id()), Role.LEARNER).sections())
                .containsEntry("facts", "Viktor Hale received EUR 640,000 on his account.");
        // a second tab still holding the first revision
        assertThatThrownBy(() -> save(first, "older text from another tab"))
                .isInstanceOf(DraftProblem.class).extracting(e -> ((DraftProblem) e).kind())
                .isEqualTo(DraftProblem.Kind.CONFLICT);
        assertThat(AsUser.call(learner, () -> drafts.draft(d.id()), Role.LEARNER).sections().get("facts"))
                .endsWith("on his account.");
    }

    @Test
    void versionHistoryRestoresAnEarlierText() {
        DraftView first = save(open(), "First version of the facts.");
        DraftView d = save(first, "Second version of the facts.");
        List<DraftVersion> versions = AsUser.call(learner, () -> drafts.versions(d.id()), Role.LEARNER);
        assertThat(versions).isNotEmpty();
        String firstVersion = versions.getLast().id();
        DraftView dd = d;
        DraftView restored = AsUser.call(learner, () -> drafts.restore(dd.id(), firstVersion), Role.LEARNER);
        assertThat(restored.sections().get("facts")).isEqualTo("First version of the facts.");
        assertThat(AsUser.call(learner, () -> drafts.versions(dd.id()), Role.LEARNER))
                .extracting(DraftVersion::reason).contains("before-restore");
    }

    @Test
    void submitIsExactlyOnceEvenWhenClickedTwiceOrRetriedConcurrently() throws Exception {
        DraftView d = save(open(), "Viktor Hale received EUR 640,000.");
        String key = DraftService.submitKey(d.id(), d.revision());
        List<Callable<SubmissionView>> clicks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clicks.add(() -> AsUser.call(learner, () -> drafts.submit(d.id(), key), Role.LEARNER));
        }
        List<String> ids = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (var f : pool.invokeAll(clicks)) {
                ids.add(f.get().id());
            }
        }
        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(mongo.count(Query.query(Criteria.where("draftId").is(d.id())), "submissions")).isEqualTo(1);
        SubmissionView again = AsUser.call(learner, () -> drafts.submit(d.id(), key), Role.LEARNER);
        assertThat(again.id()).isEqualTo(ids.getFirst());
        assertThat(again.findings()).isNotEmpty();
        assertThatThrownBy(() -> save(d, "changed after submission")).isInstanceOf(DraftProblem.class);
    }

    @Test
    void nobodyElseReadsOrWritesALearnersDraftOrSubmissionByIdButAnAdministratorMayRead() {
        DraftView d = save(open(), "Private facts.");
        SubmissionView s = AsUser.call(learner, () -> drafts.submit(d.id(), DraftService.submitKey(d.id(), d.revision())),
                Role.LEARNER);
        AsUser.run(other, () -> {
            assertThatThrownBy(() -> drafts.draft(d.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafts.submission(s.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafts.save(d.id(), Map.of("facts", "hijack"), null, false, d.revision()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafts.exportDocx(d.id())).isInstanceOf(AccessDeniedException.class);
        }, Role.LEARNER, Role.TRAINER);
        assertThat(mongo.count(Query.query(Criteria.where("actor").is(other).and("action").is("access-denied")),
                "audit_events")).isGreaterThanOrEqualTo(3);
        String admin = "admin-" + UUID.randomUUID();
        assertThat(AsUser.call(admin, () -> drafts.submission(s.id()), Role.ADMIN).ownerId()).isEqualTo(learner);
        assertThat(mongo.count(Query.query(Criteria.where("actor").is(admin).and("action").is("record-viewed")),
                "audit_events")).isEqualTo(1);
    }

    @Test
    void hostileTextIsKeptAsTextControlCharactersDroppedAndOversizedPastesRefusedWithNothingWritten() {
        DraftView d = open();
        DraftView saved = save(d, "<script>alert(1)</script>\u0000\u0007 =cmd|'/c calc'!A1 <img src=x onerror=alert(2)>");
        assertThat(saved.sections().get("facts")).isEqualTo("<script>alert(1)</script> =cmd|'/c calc'!A1 <img src=x onerror=alert(2)>");
        String megabyte = "x".repeat(1_000_000);
        assertThatThrownBy(() -> save(saved, megabyte)).isInstanceOf(DraftProblem.class)
                .hasMessageContaining("limit is 20000").extracting(e -> ((DraftProblem) e).kind())
                .isEqualTo(DraftProblem.Kind.TOO_LONG);
        assertThat(AsUser.call(learner, () -> drafts.draft(d.id()), Role.LEARNER).revision()).isEqualTo(saved.revision());
        byte[] docx = AsUser.call(learner, () -> drafts.exportDocx(d.id()), Role.LEARNER);
        byte[] pdf = AsUser.call(learner, () -> drafts.exportPdf(d.id()), Role.LEARNER);
        assertThat(docx).hasSizeGreaterThan(1000);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void unknownScenarioOrDraftIsAClearError() {
        AsUser.run(learner, () -> {
            assertThatThrownBy(() -> drafts.openDraft("no-such-scenario")).isInstanceOf(DraftProblem.class)
                    .hasMessage("Unknown scenario: no-such-scenario");
            assertThatThrownBy(() -> drafts.draft("no-such-draft")).isInstanceOf(DraftProblem.class);
        }, Role.LEARNER);
    }
}
