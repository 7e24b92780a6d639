package org.palermoacademy.certification;

import java.time.Instant;
import java.util.List;
import org.palermoacademy.catalog.Programme;

/**
 * Where a learner stands on a programme: the requirements with what is met, the current certificate if
 * any, and whether the renewal window is open (with what renewal asks for).
 */
public record ProgrammeProgress(Programme programme, List<Requirement> requirements, Certificate current,
        boolean renewalOpen, Instant renewalOpensAt, List<Requirement> renewalOptions) {

    public boolean allMet() {
        return requirements.stream().allMatch(Requirement::met);
    }

    public long metCount() {
        return requirements.stream().filter(Requirement::met).count();
    }
}
