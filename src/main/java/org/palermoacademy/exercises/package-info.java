/**
 * Drafting exercises: the learner's drafts (autosaved, versioned), the checker that reads a sectioned
 * or free-form request against the scenario's structured facts and the country profiles and gives
 * article-referenced findings, submissions (exactly once), exports, and branching cases.
 * Reads scenarios from {@code catalog}; scopes drafts to their owner via {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "audit", "catalog", "catalog::ui"})
package org.palermoacademy.exercises;
