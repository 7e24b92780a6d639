package org.palermoacademy.shared;

/**
 * A start-up failure the operator can fix: what is wrong and what to do about it.
 * Reported as a short "APPLICATION FAILED TO START" block instead of a stack trace.
 */
public class StartupProblemException extends RuntimeException {

    private final String action;

    public StartupProblemException(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    public StartupProblemException(String problem, String action) {
        this(problem, action, null);
    }

    public String action() {
        return action;
    }
}
