package org.palermoacademy.exercises;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.exercises.checker.CheckReport;
import org.palermoacademy.exercises.checker.Draft;
import org.palermoacademy.exercises.checker.DraftChecker;
import org.palermoacademy.exercises.checker.Sections;
import org.palermoacademy.exercises.internal.DraftDocuments.DraftDoc;
import org.palermoacademy.exercises.internal.DraftDocuments.SubmissionDoc;
import org.palermoacademy.exercises.internal.DraftStore;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.LearnerRecordsAccess;
import org.palermoacademy.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Drafting exercises for the signed-in learner: open a draft, autosave it (with a conflict when the
 * draft changed elsewhere), keep a version history, check it, and submit it exactly once.
 * Another person's draft or submission can be read only by an administrator or a reviewer the
 * {@link LearnerRecordsAccess} implementations allow; every such read is audited, every refusal too.
 * Reviewers return a submission for revision (the draft opens again) or mark it graded.
 */
@Service
public class DraftService {

    public static final int MAX_SECTION_CHARS = 20_000;
    public static final int MAX_TOTAL_CHARS = 100_000;
    static final Duration VERSION_EVERY = Duration.ofMinutes(5);

    private final DraftStore store;
    private final Catalog catalog;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<LearnerRecordsAccess> reviewAccess;
    private final ObjectProvider<SubmissionWindow> windows;
    private final ObjectProvider<ReviewFeedbackSource> feedback;
    private final ApplicationEventPublisher events;

    DraftService(DraftStore store, Catalog catalog, CurrentUser currentUser, AuditLog audit, Clock clock,
            ObjectProvider<LearnerRecordsAccess> reviewAccess, ObjectProvider<SubmissionWindow> windows,
            ObjectProvider<ReviewFeedbackSource> feedback, ApplicationEventPublisher events) {
        this.windows = windows;
        this.feedback = feedback;
        this.store = store;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.reviewAccess = reviewAccess;
        this.events = events;
    }

    private Scenario scenario(String id) {
        Scenario s = catalog.scenario(id).orElseThrow(() -> new DraftProblem(DraftProblem.Kind.NOT_FOUND,
                "Unknown scenario: " + id));
        if (s.branchingCase()) {
            throw new DraftProblem(DraftProblem.Kind.NOT_FOUND, "A branching case has no draft: " + id);
        }
        return s;
    }

    /** The current user's draft for a scenario, created empty on first opening. */
    @PreAuthorize("isAuthenticated()")
    public DraftView openDraft(String scenarioId) {
        Scenario s = scenario(scenarioId);
        return view(store.openOrCreate(currentUser.requireId(), s.id(), s.contentVersion(), clock.instant()));
    }

    /**
     * Saves the editor's content. {@code expectedRevision} is the revision the editor last loaded or
     * saved; if the draft has moved on since (another tab), the save is refused as a conflict.
     */
    @PreAuthorize("isAuthenticated()")
    public DraftView save(String draftId, Map<String, String> sections, String freeText, boolean freeForm,
            int expectedRevision) {
        DraftDoc draft = own(draftId);
        if ("submitted".equals(draft.status)) {
            throw new DraftProblem(DraftProblem.Kind.SUBMITTED, "This draft has been submitted and can no longer change.");
        }
        Map<String, String> clean = cleanSections(sections);
        String cleanFree = freeText == null ? null : clean(freeText, MAX_TOTAL_CHARS, "the request");
        int total = clean.values().stream().mapToInt(String::length).sum() + (cleanFree == null ? 0 : cleanFree.length());
        if (total > MAX_TOTAL_CHARS) {
            throw new DraftProblem(DraftProblem.Kind.TOO_LONG, "The draft is " + total + " characters long; the limit is "
                    + MAX_TOTAL_CHARS + ". Shorten it before saving.");
        }
        Instant now = clock.instant();
        DraftDoc saved = store.save(draftId, expectedRevision, clean, cleanFree, freeForm, now);
        if (saved == null) {
            throw new DraftProblem(DraftProblem.Kind.CONFLICT, "This draft was changed in another window since you "
                    + "opened it. Reload to see the latest version; your text is kept in the editor.");
        }
        if (saved.lastVersionAt == null || Duration.between(saved.lastVersionAt, now).compareTo(VERSION_EVERY) >= 0) {
            store.snapshot(saved, "autosave", now);
        }
        return view(saved);
    }

    @PreAuthorize("isAuthenticated()")
    public List<DraftVersion> versions(String draftId) {
        own(draftId);
        return store.versions(draftId).stream().map(v -> new DraftVersion(v.id, v.revision, v.reason, v.savedAt,
                words(v.sections, v.freeText))).toList();
    }

    /** Restores an earlier version as the current content (the current content is kept as a version first). */
    @PreAuthorize("isAuthenticated()")
    public DraftView restore(String draftId, String versionId) {
        DraftDoc draft = own(draftId);
        var version = store.version(draftId, versionId).orElseThrow(() -> new DraftProblem(DraftProblem.Kind.NOT_FOUND,
                "Unknown version"));
        store.snapshot(draft, "before-restore", clock.instant());
        return save(draftId, version.sections, version.freeText, version.freeForm, draft.revision);
    }

    /** Checks text as the editor holds it (not necessarily saved), for the live panel. */
    @PreAuthorize("isAuthenticated()")
    public CheckReport check(String scenarioId, Map<String, String> sections, String freeText, boolean freeForm) {
        Scenario s = scenario(scenarioId);
        Draft draft = freeForm ? Draft.ofText(clean(freeText == null ? "" : freeText, MAX_TOTAL_CHARS, "the request"))
                : Draft.ofSections(ordered(s, cleanSections(sections)));
        return checker().check(s, draft);
    }

    private DraftChecker checker() {
        return new DraftChecker(catalog.countries());
    }

    /**
     * Submits the draft as saved. The same idempotency key (the editor derives it from draft and
     * revision) always yields the same single submission, whatever the number of clicks or retries.
     */
    @PreAuthorize("isAuthenticated()")
    public SubmissionView submit(String draftId, String idempotencyKey) {
        DraftDoc draft = own(draftId);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("A submission needs an idempotency key");
        }
        var existing = store.submissionByKey(idempotencyKey);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        if ("submitted".equals(draft.status)) {
            return store.latestSubmission(draftId).map(DraftService::view).orElseThrow(() ->
                    new DraftProblem(DraftProblem.Kind.SUBMITTED, "This draft has already been submitted."));
        }
        Scenario s = scenario(draft.scenarioId);
        var closed = windows.orderedStream().map(w -> w.closedReason(draft.ownerId, draft.scenarioId))
                .flatMap(java.util.Optional::stream).findFirst();
        if (closed.isPresent()) {
            throw new DraftProblem(DraftProblem.Kind.CLOSED, "The due date has passed and late submissions are not "
                    + "accepted for this assignment. Your draft is kept; ask your trainer if you need more time.");
        }
        CheckReport report = check(s.id(), draft.sections, draft.freeText, draft.freeForm);
        SubmissionDoc saved = store.submit(draft, idempotencyKey, report, clock.instant());
        events.publishEvent(new DraftSubmitted(saved.id, saved.ownerId, saved.scenarioId, saved.submittedAt));
        return view(saved);
    }

    @PreAuthorize("isAuthenticated()")
    public List<SubmissionView> mySubmissions() {
        return store.submissionsOf(currentUser.requireId()).stream().map(DraftService::view).toList();
    }

    /** A submission: its owner, an administrator, or a reviewer allowed by {@link LearnerRecordsAccess}. */
    @PreAuthorize("isAuthenticated()")
    public SubmissionView submission(String submissionId) {
        SubmissionDoc s = store.submission(submissionId).orElseThrow(() -> new DraftProblem(DraftProblem.Kind.NOT_FOUND,
                "Unknown submission"));
        requireReader(s.ownerId, "submission:" + submissionId);
        return view(s);
    }

    /** A draft by id: its owner, an administrator, or an allowed reviewer. */
    @PreAuthorize("isAuthenticated()")
    public DraftView draft(String draftId) {
        DraftDoc d = store.draft(draftId).orElseThrow(() -> new DraftProblem(DraftProblem.Kind.NOT_FOUND, "Unknown draft"));
        requireReader(d.ownerId, "draft:" + draftId);
        return view(d);
    }

    /** The current user's draft for a scenario, if any (without creating one). */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<DraftView> myDraft(String scenarioId) {
        return store.find(currentUser.requireId(), scenarioId).map(DraftService::view);
    }

    private void requireReader(String ownerId, String target) {
        String me = currentUser.requireId();
        if (me.equals(ownerId)) {
            return;
        }
        boolean allowed = currentUser.hasRole(Role.ADMIN)
                || reviewAccess.orderedStream().anyMatch(r -> r.mayRead(me, List.of(ownerId)));
        audit.record(me, allowed ? "record-viewed" : "access-denied", target, Map.of("owner", ownerId));
        if (!allowed) {
            throw new AccessDeniedException("Not your record");
        }
    }

    private DraftDoc own(String draftId) {
        DraftDoc d = store.draft(draftId).orElseThrow(() -> new DraftProblem(DraftProblem.Kind.NOT_FOUND, "Unknown draft"));
        String me = currentUser.requireId();
        if (!me.equals(d.ownerId)) {
            audit.record(me, "access-denied", "draft:" + draftId, Map.of("owner", d.ownerId, "action", "write"));
            throw new AccessDeniedException("Not your draft");
        }
        return d;
    }

    static Map<String, String> ordered(Scenario s, Map<String, String> sections) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String id : Sections.forType(s.type())) {
            if (sections.containsKey(id)) {
                ordered.put(id, sections.get(id));
            }
        }
        sections.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static Map<String, String> cleanSections(Map<String, String> sections) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (sections == null) {
            return clean;
        }
        if (sections.size() > 40) {
            throw new DraftProblem(DraftProblem.Kind.TOO_LONG, "Too many sections");
        }
        sections.forEach((k, v) -> {
            if (k == null || !k.matches("[a-z][a-z-]{1,40}")) {
                throw new IllegalArgumentException("Unknown section " + k);
            }
            if (v != null) {
                clean.put(k, clean(v, MAX_SECTION_CHARS, "the section"));
            }
        });
        return clean;
    }

    /** Drops control characters (except line breaks and tabs) and refuses over-long text with a clear message. */
    static String clean(String text, int limit, String what) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replaceAll("[\\u200B-\\u200F\\u2028-\\u202E\\u2066-\\u2069]", "");
        if (normalized.length() > limit) {
            throw new DraftProblem(DraftProblem.Kind.TOO_LONG, "The text of " + what + " is " + normalized.length()
                    + " characters long; the limit is " + limit + ". Nothing was saved: shorten it and save again.");
        }
        return normalized;
    }

    static int words(Map<String, String> sections, String freeText) {
        int n = freeText == null ? 0 : org.palermoacademy.exercises.checker.DraftText.wordCount(freeText);
        if (sections != null) {
            n += sections.values().stream().mapToInt(org.palermoacademy.exercises.checker.DraftText::wordCount).sum();
        }
        return n;
    }

    static DraftView view(DraftDoc d) {
        return new DraftView(d.id, d.scenarioId, d.sections == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(d.sections)), d.freeText,
                d.freeForm, d.status, d.revision, d.savedAt);
    }

    static SubmissionView view(SubmissionDoc s) {
        return new SubmissionView(s.id, s.draftId, s.ownerId, s.scenarioId, s.revision,
                s.sections == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(s.sections)),
                s.freeText, s.freeForm,
                s.findings == null ? List.of() : s.findings, s.completeness, s.blocking, s.warnings, s.submittedAt,
                s.status);
    }

    /** The draft laid out as a formal letter (owner, administrator or allowed reviewer). */
    @PreAuthorize("isAuthenticated()")
    public RequestLetter letter(String draftId) {
        DraftView d = draft(draftId);
        Scenario s = scenario(d.scenarioId());
        var requested = catalog.country(s.requestedState()).orElseThrow();
        var authority = requested.authority(s.extradition());
        java.util.List<String> to = new java.util.ArrayList<>();
        if (requested.diplomaticChannel(s.extradition())) {
            to.add("Through the diplomatic channel");
        }
        to.add(authority.name());
        if (authority.address() != null) {
            to.add(authority.address());
        }
        to.add(requested.name());
        java.util.List<RequestLetter.Part> parts = new java.util.ArrayList<>();
        if (d.freeForm()) {
            parts.add(new RequestLetter.Part("", d.freeText() == null ? "" : d.freeText()));
        } else {
            ordered(s, d.sections()).forEach((id, text) -> {
                if (text != null && !text.isBlank()) {
                    parts.add(new RequestLetter.Part(org.palermoacademy.exercises.checker.Messages.english(
                            "section." + id, List.of()), text));
                }
            });
        }
        var facts = s.facts();
        String title = org.palermoacademy.exercises.checker.Messages.english("letter.title." + s.type(), List.of());
        String official = facts.requestingAuthority().official();
        return new RequestLetter(title, facts.requestingAuthority().name(), to, facts.proceedings().reference(),
                clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), s.title(), parts,
                official == null ? facts.requestingAuthority().name() : official);
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] exportDocx(String draftId) {
        return org.palermoacademy.exercises.internal.LetterExport.docx(letter(draftId));
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] exportPdf(String draftId) {
        return org.palermoacademy.exercises.internal.LetterExport.pdf(letter(draftId));
    }

    /** The trainer's review of a submission, for whoever may read the submission. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<ReviewFeedback> feedback(String submissionId) {
        submission(submissionId);
        return feedback.orderedStream().map(f -> f.feedbackFor(submissionId)).flatMap(java.util.Optional::stream)
                .findFirst();
    }

    /** The latest submission of a draft (owner, administrator or allowed reviewer). */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<SubmissionView> latestSubmission(String draftId) {
        DraftView d = draft(draftId);
        return store.latestSubmission(d.id()).map(DraftService::view);
    }

    /**
     * Several learners' work on several scenarios in two queries (a page of the cohort grid): scenario id
     * to learner id to state. One access check and one audit entry.
     */
    @PreAuthorize("hasAnyRole('TRAINER','COORDINATOR','ADMIN')")
    public Map<String, Map<String, WorkState>> workOf(java.util.Collection<String> learnerIds,
            java.util.Collection<String> scenarioIds) {
        if (learnerIds.isEmpty() || scenarioIds.isEmpty()) {
            return Map.of();
        }
        requireReviewer(learnerIds, "scenarios:" + scenarioIds.size(), "work-viewed");
        var drafts = store.drafts(learnerIds, scenarioIds);
        var latest = store.latestSubmissions(learnerIds, scenarioIds);
        Map<String, Map<String, WorkState>> result = new LinkedHashMap<>();
        for (String scenarioId : scenarioIds) {
            result.put(scenarioId, work(learnerIds, scenarioId, drafts.getOrDefault(scenarioId, Map.of()),
                    latest.getOrDefault(scenarioId, Map.of())));
        }
        return result;
    }

    private static Map<String, WorkState> work(java.util.Collection<String> learnerIds, String scenarioId,
            Map<String, DraftDoc> drafts, Map<String, DraftStore.Latest> latest) {
        Map<String, WorkState> result = new LinkedHashMap<>();
        for (String learner : learnerIds) {
            DraftDoc d = drafts.get(learner);
            var sub = latest.get(learner);
            result.put(learner, new WorkState(learner, scenarioId, d == null ? null : d.id, d == null ? null : d.status,
                    d == null ? null : d.savedAt, sub == null ? null : sub.latest().id,
                    sub == null ? null : sub.latest().status, sub == null ? null : sub.latest().submittedAt,
                    sub == null ? 0 : sub.count()));
        }
        return result;
    }

    /** Submissions still awaiting review among these learners and scenarios, oldest first. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<SubmissionView> awaitingReview(java.util.Collection<String> learnerIds,
            java.util.Collection<String> scenarioIds) {
        if (learnerIds.isEmpty() || scenarioIds.isEmpty()) {
            return List.of();
        }
        requireReviewer(learnerIds, "review-queue", "queue-viewed");
        return store.awaitingReview(learnerIds, scenarioIds).stream().map(DraftService::view).toList();
    }

    /**
     * Returns a submission for revision: the submission is marked {@code returned} and the learner's
     * draft opens for editing again. Only a reviewer of the learner, never the learner.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public SubmissionView returnForRevision(String submissionId) {
        return decide(submissionId, "returned");
    }

    /**
     * Marks a submission graded with its percentage of the rubric's maximum (the draft stays closed) and
     * publishes {@link SubmissionGraded}; grading again records the new grade and publishes again.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public SubmissionView markGraded(String submissionId, int percent) {
        if (percent < 0 || percent > 100) {
            throw new DraftProblem(DraftProblem.Kind.NOT_ALLOWED, "A grade is a percentage from 0 to 100");
        }
        SubmissionView graded = decide(submissionId, "graded", percent);
        events.publishEvent(new SubmissionGraded(graded.ownerId(), graded.scenarioId(), graded.id(), percent,
                graded.submittedAt(), clock.instant()));
        return graded;
    }

    /**
     * A learner's graded submissions with their grades: their own, or anyone's for an administrator
     * (certification checks run as the system actor).
     */
    @PreAuthorize("isAuthenticated()")
    public List<GradedWork> gradedWork(String learnerId) {
        String me = currentUser.requireId();
        if (!me.equals(learnerId)) {
            if (!currentUser.hasRole(Role.ADMIN)) {
                audit.record(me, "access-denied", "learner:" + learnerId, Map.of("action", "graded-work"));
                throw new AccessDeniedException("Not your work");
            }
            audit.record(me, "graded-work-read", "learner:" + learnerId, Map.of());
        }
        return store.gradedSubmissions(learnerId).stream()
                .map(d -> new GradedWork(d.id, d.scenarioId, d.gradePercent == null ? 0 : d.gradePercent, d.submittedAt,
                        d.gradedAt == null ? d.submittedAt : d.gradedAt))
                .toList();
    }

    private SubmissionView decide(String submissionId, String outcome) {
        return decide(submissionId, outcome, null);
    }

    private SubmissionView decide(String submissionId, String outcome, Integer percent) {
        SubmissionDoc s = store.submission(submissionId).orElseThrow(() -> new DraftProblem(DraftProblem.Kind.NOT_FOUND,
                "Unknown submission"));
        String me = currentUser.requireId();
        if (me.equals(s.ownerId)) {
            audit.record(me, "access-denied", "submission:" + submissionId, Map.of("action", outcome));
            throw new AccessDeniedException("Nobody reviews their own work");
        }
        requireReviewer(List.of(s.ownerId), "submission:" + submissionId, "submission-" + outcome);
        var latest = store.latestSubmission(s.draftId).orElseThrow();
        if (!latest.id.equals(s.id)) {
            throw new DraftProblem(DraftProblem.Kind.CONFLICT, "A newer submission of this draft exists; review that one.");
        }
        SubmissionDoc updated = store.decide(s.id, outcome, "returned".equals(outcome), percent,
                percent == null ? null : clock.instant());
        return view(updated == null ? store.submission(submissionId).orElseThrow() : updated);
    }

    private void requireReviewer(java.util.Collection<String> learnerIds, String target, String action) {
        String me = currentUser.requireId();
        boolean allowed = currentUser.hasRole(Role.ADMIN)
                || reviewAccess.orderedStream().anyMatch(r -> r.mayRead(me, learnerIds));
        audit.record(me, allowed ? action : "access-denied", target, Map.of("learners", String.valueOf(learnerIds.size())));
        if (!allowed) {
            throw new AccessDeniedException("Not a reviewer of these learners");
        }
    }

    /** Creates an idempotency key for a submit intent. */
    public static String submitKey(String draftId, int revision) {
        return draftId + ":" + revision;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
