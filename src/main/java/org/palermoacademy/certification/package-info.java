/**
 * Certification: programmes (from {@code content/programmes}), automatic issuing when requirements are
 * met, Open Badges 3.0 credentials signed as VC-JWT, PDF certificates, public verification, expiry
 * reminders, recertification and revocation. {@code certification.credential} is Spring-free.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "catalog",
        "learning", "exercises", "notifications"})
package org.palermoacademy.certification;
