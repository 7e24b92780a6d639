/**
 * The audit trail: who did what to which record, when (UTC). Sign-ins, denied access, grade changes,
 * certificate issue and revocation, and every view of another person's record are written here.
 * Any module may record; only administrators may read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.palermoacademy.audit;
