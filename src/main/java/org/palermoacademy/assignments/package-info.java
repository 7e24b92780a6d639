/**
 * Tutored delivery: cohorts (owned by a trainer, shared with co-trainers), assignments of courses and
 * exercises with availability and due dates, learners' "Assigned to me", the review queue and rubric
 * grading, the cohort progress grid with exports, reminders and the personal calendar feed.
 * Reads content from {@code catalog}, progress from {@code learning}, drafts and submissions from
 * {@code exercises} (and tells it who may review whom, when submission closes, and what the review
 * said), people from {@code identity}; notifies through {@code notifications}; audits grade changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "catalog",
        "catalog::ui", "learning", "exercises", "exercises::checker", "notifications"})
package org.palermoacademy.assignments;
