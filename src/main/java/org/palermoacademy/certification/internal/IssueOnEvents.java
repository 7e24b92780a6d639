package org.palermoacademy.certification.internal;

import org.palermoacademy.certification.CertificationService;
import org.palermoacademy.exercises.SubmissionGraded;
import org.palermoacademy.learning.CourseCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-checks a learner's programmes when they complete a course or a trainer grades their work. Runs on a
 * virtual thread as the system actor, so the learner's or trainer's click never waits for signing; a
 * missed event is caught up the next time the learner opens their certificates.
 */
@Component
class IssueOnEvents {

    private static final Logger log = LoggerFactory.getLogger(IssueOnEvents.class);
    private final CertificationService certification;

    IssueOnEvents(CertificationService certification) {
        this.certification = certification;
    }

    @EventListener
    void on(CourseCompleted completed) {
        later(completed.learnerId());
    }

    @EventListener
    void on(SubmissionGraded graded) {
        later(graded.learnerId());
    }

    private void later(String learnerId) {
        Thread.ofVirtual().name("certification-check").start(() -> {
            try {
                var issued = certification.evaluateAsSystem(learnerId);
                if (!issued.isEmpty()) {
                    log.info("Certification: {} certificate(s) issued to {}", issued.size(), learnerId);
                }
            } catch (RuntimeException e) {
                log.error("Certification check for {} failed: {}", learnerId, e.getMessage(), e);
            }
        });
    }
}
