package org.palermoacademy.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One audited action.
 *
 * @param actor   subject of the person acting ("anonymous" when nobody is signed in)
 * @param action  what happened, e.g. {@code sign-in}, {@code access-denied}, {@code grade-changed}
 * @param target  the record acted on, e.g. {@code route:cohorts} or {@code submission:abc}
 * @param details small key/value facts (before/after values, reason)
 */
public record AuditEvent(Instant at, String actor, String action, String target, Map<String, String> details) {
}
