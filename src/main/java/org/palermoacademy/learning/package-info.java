/**
 * A learner's own progress: enrolments, lesson completions, quiz attempts, where to resume, and the
 * "My learning" home. Reads course structure from {@code catalog}; scopes everything to the current
 * user from {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package org.palermoacademy.learning;
