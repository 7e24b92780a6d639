package org.palermoacademy.platform.internal;

import org.palermoacademy.shared.StartupProblemException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link StartupProblemException} into Spring Boot's short "description / action" report. */
class StartupProblemFailureAnalyzer extends AbstractFailureAnalyzer<StartupProblemException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupProblemException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
