/**
 * The application shell: the main layout with navigation built from the views the signed-in user may
 * open, the user menu (profile, language, sign out), the public landing page, error pages, and the
 * choice of language and text direction for each browser tab. Depends on {@code identity} for the
 * current user and their stored language, and on {@code audit} to record refused navigation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package org.palermoacademy.shell;
