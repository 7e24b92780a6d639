package org.palermoacademy.assignments;

import java.time.Instant;
import org.palermoacademy.exercises.WorkState;
import org.palermoacademy.learning.CourseProgress;

/** How raw progress becomes a {@link WorkStatus} and a score, the same for learners' lists and grids. */
final class StatusRules {

    private StatusRules() {
    }

    static Cell course(CourseProgress p) {
        if (p == null || !p.enrolled()) {
            return new Cell(WorkStatus.NOT_STARTED, null, null);
        }
        if (p.completed()) {
            Integer best = p.bestQuizScores().values().stream().max(Integer::compare).orElse(null);
            return new Cell(WorkStatus.COMPLETED, best, null);
        }
        return new Cell(WorkStatus.IN_PROGRESS, p.percent(), null);
    }

    /** {@code gradedPercent}: the review's score when the latest submission was graded. */
    static Cell drafting(WorkState w, Integer gradedPercent) {
        if (w == null || (w.draftId() == null && w.submissions() == 0)) {
            return new Cell(WorkStatus.NOT_STARTED, null, null);
        }
        if (w.latestSubmissionId() != null) {
            WorkStatus s = switch (w.submissionStatus() == null ? "" : w.submissionStatus()) {
                case "graded" -> WorkStatus.GRADED;
                case "returned" -> WorkStatus.RETURNED;
                default -> WorkStatus.SUBMITTED;
            };
            return new Cell(s, s == WorkStatus.GRADED ? gradedPercent : null, w.latestSubmissionId());
        }
        return new Cell(w.savedAt() == null ? WorkStatus.NOT_STARTED : WorkStatus.IN_PROGRESS, null, null);
    }

    static Cell branching(Integer best, int max) {
        if (best == null) {
            return new Cell(WorkStatus.NOT_STARTED, null, null);
        }
        return new Cell(WorkStatus.COMPLETED, max <= 0 ? null : Math.round(100f * best / max), null);
    }

    /** Applies availability and the due date. */
    static Cell timed(Cell cell, Assignment a, Instant now) {
        if (now.isBefore(a.availableAt()) && cell.status() == WorkStatus.NOT_STARTED) {
            return new Cell(WorkStatus.SCHEDULED, null, null);
        }
        boolean open = cell.status() == WorkStatus.NOT_STARTED || cell.status() == WorkStatus.IN_PROGRESS
                || cell.status() == WorkStatus.RETURNED;
        if (open && now.isAfter(a.dueAt())) {
            return new Cell(WorkStatus.OVERDUE, cell.score(), cell.submissionId());
        }
        return cell;
    }
}
