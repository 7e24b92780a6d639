/**
 * Tutored delivery: cohorts, assignments with due dates, the review queue, rubric grading, reminders
 * and exports. Home of the trainers' "My cohorts".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package org.palermoacademy.assignments;
