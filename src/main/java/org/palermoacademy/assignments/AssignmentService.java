package org.palermoacademy.assignments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.palermoacademy.assignments.internal.AssignmentsStore;
import org.palermoacademy.assignments.internal.Docs.AssignmentDoc;
import org.palermoacademy.assignments.internal.Docs.CohortDoc;
import org.palermoacademy.assignments.internal.Docs.MemberDoc;
import org.palermoacademy.assignments.internal.Docs.ReviewDoc;
import org.palermoacademy.assignments.internal.Views;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.exercises.BranchingService;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.SubmissionView;
import org.palermoacademy.exercises.WorkState;
import org.palermoacademy.learning.CourseProgress;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.learning.ProgressService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Assignments of courses and exercises to cohorts, learners' "Assigned to me", and the cohort progress
 * grid with its exports. Trainers act only on cohorts they train; learners read only their own work.
 */
@Service
public class AssignmentService {

    public static final int MAX_INSTRUCTIONS = 5_000;

    private final AssignmentsStore store;
    private final CohortService cohorts;
    private final Catalog catalog;
    private final ProgressService progress;
    private final DraftService drafts;
    private final BranchingService branching;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssignmentService(AssignmentsStore store, CohortService cohorts, Catalog catalog, ProgressService progress,
            DraftService drafts, BranchingService branching, CurrentUser currentUser, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.progress = progress;
        this.drafts = drafts;
        this.branching = branching;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Published when an assignment is created, so its learners are told. */
    public record Assigned(String assignmentId) {
    }

    /** What a trainer can assign: courses, drafting scenarios and branching cases, with titles. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<Assignable> assignable() {
        List<Assignable> items = new ArrayList<>();
        catalog.courses().forEach(c -> items.add(new Assignable(ItemKind.COURSE, c.id(), c.title())));
        catalog.scenarios().forEach(s -> items.add(new Assignable(s.branchingCase() ? ItemKind.BRANCHING
                : ItemKind.DRAFTING, s.id(), s.title())));
        return items;
    }

    /** An item that can be assigned. */
    public record Assignable(ItemKind kind, String id, String title) {
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Assignment assign(String cohortId, ItemKind kind, String itemId, String instructions, LocalDate availableFrom,
            LocalDate dueDate, boolean lateAllowed, Collection<String> learnerIds) {
        CohortDoc c = cohorts.requireTrainer(cohortId, "assign");
        AssignmentDoc a = new AssignmentDoc();
        a.id = UUID.randomUUID().toString();
        a.cohortId = cohortId;
        fill(a, c, kind, itemId, instructions, availableFrom, dueDate, lateAllowed, learnerIds);
        a.createdBy = currentUser.requireId();
        a.createdAt = clock.instant();
        store.insert(a);
        audit.record(a.createdBy, "assigned", "cohort:" + cohortId, Map.of("item", kind + ":" + itemId,
                "due", dueDate.toString()));
        events.publishEvent(new Assigned(a.id));
        return Views.assignment(a);
    }

    /** Changes instructions, dates, late policy or the named learners of an assignment. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Assignment change(String assignmentId, String instructions, LocalDate availableFrom, LocalDate dueDate,
            boolean lateAllowed, Collection<String> learnerIds) {
        AssignmentDoc a = requireAssignment(assignmentId);
        CohortDoc c = cohorts.requireTrainer(a.cohortId, "assign");
        String before = a.dueDate + "/" + a.lateAllowed;
        fill(a, c, ItemKind.valueOf(a.kind), a.itemId, instructions, availableFrom, dueDate, lateAllowed, learnerIds);
        store.update(a);
        audit.record(currentUser.requireId(), "assignment-changed", "assignment:" + assignmentId,
                Map.of("before", before, "after", a.dueDate + "/" + a.lateAllowed));
        events.publishEvent(new Assigned(a.id));
        return Views.assignment(a);
    }

    private void fill(AssignmentDoc a, CohortDoc c, ItemKind kind, String itemId, String instructions,
            LocalDate availableFrom, LocalDate dueDate, boolean lateAllowed, Collection<String> learnerIds) {
        if (kind == null || itemId == null) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "assignment.error.item");
        }
        a.title = switch (kind) {
            case COURSE -> catalog.course(itemId).map(x -> x.title()).orElseThrow(() ->
                    new AssignmentProblem(AssignmentProblem.Kind.NOT_FOUND, "assignment.error.item"));
            case DRAFTING, BRANCHING -> catalog.scenario(itemId).filter(s -> s.branchingCase() == (kind == ItemKind.BRANCHING))
                    .map(Scenario::title).orElseThrow(() ->
                            new AssignmentProblem(AssignmentProblem.Kind.NOT_FOUND, "assignment.error.item"));
        };
        if (instructions != null && instructions.length() > MAX_INSTRUCTIONS) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "assignment.error.instructions", MAX_INSTRUCTIONS);
        }
        if (dueDate == null) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "assignment.error.due");
        }
        LocalDate from = availableFrom == null ? LocalDate.now(clock.withZone(ZoneId.of(c.zone))) : availableFrom;
        if (dueDate.isBefore(from)) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "assignment.error.dates");
        }
        Set<String> members = c.members.stream().map(m -> m.learnerId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<String> named = learnerIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(learnerIds));
        if (!members.containsAll(named)) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "assignment.error.learners");
        }
        ZoneId zone = ZoneId.of(c.zone);
        a.kind = kind.name();
        a.itemId = itemId;
        a.instructions = instructions == null ? "" : instructions.strip();
        a.availableFrom = from;
        a.dueDate = dueDate;
        a.availableAt = from.atStartOfDay(zone).toInstant();
        a.dueAt = dueDate.atTime(LocalTime.MAX).atZone(zone).toInstant();
        a.lateAllowed = lateAllowed;
        a.learnerIds = new ArrayList<>(named);
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public void unassign(String assignmentId) {
        AssignmentDoc a = requireAssignment(assignmentId);
        cohorts.requireTrainer(a.cohortId, "unassign");
        store.deleteAssignment(assignmentId);
        audit.record(currentUser.requireId(), "unassigned", "assignment:" + assignmentId, Map.of("item", a.itemId));
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<Assignment> assignments(String cohortId) {
        cohorts.requireTrainer(cohortId, "read");
        return store.assignmentsOf(cohortId).stream().map(Views::assignment).toList();
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Assignment assignment(String assignmentId) {
        AssignmentDoc a = requireAssignment(assignmentId);
        cohorts.requireTrainer(a.cohortId, "read");
        return Views.assignment(a);
    }

    private AssignmentDoc requireAssignment(String id) {
        return store.assignment(id).orElseThrow(() -> new AssignmentProblem(AssignmentProblem.Kind.NOT_FOUND,
                "assignment.error.unknown"));
    }

    // --- the learner's side -------------------------------------------------------------------------

    /**
     * The caller's assignments that are available now, soonest due first, with where they stand. Reads
     * only the caller's own drafts, progress and scores.
     */
    @PreAuthorize("isAuthenticated()")
    public List<AssignedItem> assignedToMe() {
        String me = currentUser.requireId();
        Instant now = clock.instant();
        Map<String, CohortDoc> mine = new HashMap<>();
        store.cohortsWithMember(me).forEach(c -> mine.put(c.id, c));
        if (mine.isEmpty()) {
            return List.of();
        }
        List<AssignedItem> items = new ArrayList<>();
        Map<String, List<SubmissionView>> submissions = null;
        Map<String, Integer> best = null;
        for (AssignmentDoc doc : store.assignmentsOf(mine.keySet())) {
            Assignment a = Views.assignment(doc);
            if (!a.targets(me) || now.isBefore(a.availableAt())) {
                continue;
            }
            Cell cell;
            switch (a.kind()) {
                case COURSE -> cell = StatusRules.course(catalog.course(a.itemId()).isPresent()
                        ? progress.myProgress(a.itemId()) : null);
                case DRAFTING -> {
                    if (submissions == null) {
                        submissions = drafts.mySubmissions().stream().collect(Collectors.groupingBy(SubmissionView::scenarioId));
                    }
                    var draft = drafts.myDraft(a.itemId()).orElse(null);
                    List<SubmissionView> subs = submissions.getOrDefault(a.itemId(), List.of());
                    SubmissionView latest = subs.isEmpty() ? null : subs.getFirst();
                    WorkState w = new WorkState(me, a.itemId(), draft == null ? null : draft.id(),
                            draft == null ? null : draft.status(), draft == null ? null : draft.savedAt(),
                            latest == null ? null : latest.id(), latest == null ? null : latest.status(),
                            latest == null ? null : latest.submittedAt(), subs.size());
                    cell = StatusRules.drafting(w, latest == null ? null : gradedPercent(latest.id()));
                }
                default -> {
                    if (best == null) {
                        best = branching.myBestScores();
                    }
                    cell = StatusRules.branching(best.get(a.itemId()), maxScore(a.itemId()));
                }
            }
            cell = StatusRules.timed(cell, a, now);
            items.add(new AssignedItem(a, mine.get(a.cohortId()).name, cell.status(), cell.score(), cell.submissionId()));
        }
        items.sort(Comparator.comparing((AssignedItem i) -> i.status().done())
                .thenComparing(i -> i.assignment().dueAt()));
        return items;
    }

    private Integer gradedPercent(String submissionId) {
        return store.review(submissionId).filter(r -> "graded".equals(r.outcome))
                .map(r -> r.maxScore == 0 ? 0 : Math.round(100f * r.score / r.maxScore)).orElse(null);
    }

    private int maxScore(String scenarioId) {
        return catalog.scenario(scenarioId).filter(Scenario::branchingCase).map(s -> s.branching().maxScore()).orElse(0);
    }

    // --- the cohort progress grid ------------------------------------------------------------------

    /** The learners of a cohort as grid rows without cells, sorted by name (pending places excluded). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<GridRow> gridLearners(String cohortId) {
        CohortDoc c = cohorts.requireTrainer(cohortId, "read");
        return learners(c).stream().map(m -> new GridRow(m.learnerId, m.name == null ? m.email : m.name, m.email,
                Map.of())).toList();
    }

    private static List<MemberDoc> learners(CohortDoc c) {
        return c.members.stream().filter(m -> m.learnerId != null)
                .sorted(Comparator.comparing((MemberDoc m) -> (m.name == null ? m.email : m.name).toLowerCase(Locale.ROOT)))
                .toList();
    }

    /**
     * Grid cells for some learners of a cohort (a page of the grid): a few bulk reads per assigned item,
     * whatever the number of learners.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<GridRow> gridRows(String cohortId, List<GridRow> learners) {
        CohortDoc c = cohorts.requireTrainer(cohortId, "read");
        Set<String> members = c.members.stream().map(m -> m.learnerId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<String> ids = learners.stream().map(GridRow::learnerId).filter(members::contains).toList();
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        List<Assignment> assigned = store.assignmentsOf(cohortId).stream().map(Views::assignment).toList();
        columns(assigned, ids).forEach((assignmentId, column) -> column.forEach((learner, cell) ->
                cells.computeIfAbsent(learner, k -> new LinkedHashMap<>()).put(assignmentId, cell)));
        return learners.stream().filter(r -> members.contains(r.learnerId()))
                .map(r -> new GridRow(r.learnerId(), r.name(), r.email(), cells.getOrDefault(r.learnerId(), Map.of())))
                .toList();
    }

    /** Every learner's cell for one assignment (sorting the grid by a column). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Map<String, Cell> gridColumn(String assignmentId) {
        AssignmentDoc doc = requireAssignment(assignmentId);
        CohortDoc c = cohorts.requireTrainer(doc.cohortId, "read");
        return column(Views.assignment(doc), learners(c).stream().map(m -> m.learnerId).toList());
    }

    /** The statuses of the given learners on an assignment (those it does not target get no cell). */
    Map<String, Cell> column(Assignment a, List<String> learnerIds) {
        return columns(List.of(a), learnerIds).getOrDefault(a.id(), Map.of());
    }

    /**
     * The cells of several assignments for some learners: assignment id to learner id to cell. Courses and
     * drafting exercises are each read in one batch whatever their number (a page of the grid is a few
     * queries); learners an assignment does not target get no cell.
     */
    Map<String, Map<String, Cell>> columns(List<Assignment> assignments, List<String> learnerIds) {
        Map<String, Map<String, Cell>> result = new LinkedHashMap<>();
        if (learnerIds.isEmpty() || assignments.isEmpty()) {
            return result;
        }
        Instant now = clock.instant();
        List<String> courseIds = assignments.stream().filter(a -> a.kind() == ItemKind.COURSE).map(Assignment::itemId)
                .distinct().toList();
        List<String> scenarioIds = assignments.stream().filter(a -> a.kind() == ItemKind.DRAFTING)
                .map(Assignment::itemId).distinct().toList();
        Map<String, Map<String, CourseProgress>> progressByCourse = courseIds.isEmpty() ? Map.of()
                : progress.progressOf(learnerIds, courseIds);
        Map<String, Map<String, WorkState>> workByScenario = scenarioIds.isEmpty() ? Map.of()
                : drafts.workOf(learnerIds, scenarioIds);
        List<String> graded = workByScenario.values().stream().flatMap(m -> m.values().stream())
                .filter(w -> "graded".equals(w.submissionStatus())).map(WorkState::latestSubmissionId).toList();
        Map<String, Integer> percents = new HashMap<>();
        if (!graded.isEmpty()) {
            for (ReviewDoc r : store.reviews(graded)) {
                percents.put(r.id, r.maxScore == 0 ? 0 : Math.round(100f * r.score / r.maxScore));
            }
        }
        for (Assignment a : assignments) {
            Set<String> targeted = learnerIds.stream().filter(a::targets)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            Map<String, Cell> column = new LinkedHashMap<>();
            switch (a.kind()) {
                case COURSE -> progressByCourse.getOrDefault(a.itemId(), Map.of()).forEach((id, p) -> {
                    if (targeted.contains(id)) {
                        column.put(id, StatusRules.course(p));
                    }
                });
                case DRAFTING -> workByScenario.getOrDefault(a.itemId(), Map.of()).forEach((id, w) -> {
                    if (targeted.contains(id)) {
                        column.put(id, StatusRules.drafting(w, w.latestSubmissionId() == null ? null
                                : percents.get(w.latestSubmissionId())));
                    }
                });
                case BRANCHING -> {
                    if (!targeted.isEmpty()) {
                        Map<String, Integer> best = branching.bestScores(List.copyOf(targeted), a.itemId());
                        int max = maxScore(a.itemId());
                        targeted.forEach(id -> column.put(id, StatusRules.branching(best.get(id), max)));
                    }
                }
            }
            column.replaceAll((id, cell) -> StatusRules.timed(cell, a, now));
            result.put(a.id(), column);
        }
        return result;
    }

    /** The whole grid, for exports. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public GridExport.Table gridTable(String cohortId) {
        CohortDoc c = cohorts.requireTrainer(cohortId, "export");
        List<Assignment> columns = store.assignmentsOf(cohortId).stream().map(Views::assignment).toList();
        List<GridRow> rows = gridRows(cohortId, gridLearners(cohortId));
        audit.record(currentUser.requireId(), "grid-exported", "cohort:" + cohortId,
                Map.of("learners", String.valueOf(rows.size())));
        return new GridExport.Table(c.name, columns, rows);
    }
}
