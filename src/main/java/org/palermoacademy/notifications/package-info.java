/**
 * Telling people things: in-app notifications with an unread count, and e-mail through SMTP when it
 * is configured (otherwise mail is kept in an outbox the administrators can read, and logged).
 * Each person can switch e-mail reminders off. Other modules call {@link org.palermoacademy.notifications.Notifier}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package org.palermoacademy.notifications;
