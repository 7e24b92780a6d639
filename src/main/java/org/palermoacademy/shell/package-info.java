/**
 * The application shell: the main layout with navigation built from the views the signed-in user may
 * open, the user menu (profile, language, sign out), the public landing page, error pages, and the
 * choice of language and text direction for each browser tab. Depends on {@code identity} for the
 * current user and their stored language, on {@code audit} to record refused navigation, and on {@code notifications} for the unread count.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "notifications"})
package org.palermoacademy.shell;
