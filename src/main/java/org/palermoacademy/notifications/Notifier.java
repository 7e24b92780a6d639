package org.palermoacademy.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.shared.Language;
import org.palermoacademy.notifications.internal.Mailer;
import org.palermoacademy.notifications.internal.NotificationStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Sends notifications: always in the application, and by e-mail unless the person switched reminders
 * off. Reading and settings act only on the caller's own notifications.
 */
@Service
public class Notifier {

    private final NotificationStore store;
    private final Mailer mailer;
    private final CurrentUser currentUser;
    private final Clock clock;

    Notifier(NotificationStore store, Mailer mailer, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Notifies a person. Called by the platform's own services (never with user-chosen recipients
     * unchecked), so it is open to any caller, including scheduled jobs that run without a user.
     *
     * @param email    where to send the e-mail (null: in-app only)
     * @param language the language of the e-mail (null: English)
     * @param key      an idempotency key: the same key never notifies twice (null: always)
     * @return true when this call notified (false: the key had been used)
     */
    @PreAuthorize("permitAll()")
    public boolean notify(String userId, String email, Language language, String kind, List<String> args, String link,
            String key) {
        if (!store.add(userId, kind, args, link, key, clock.instant())) {
            return false;
        }
        if (email != null && !email.isBlank() && !store.remindersOff(userId)) {
            mailer.send(email, language == null ? Language.EN : language, kind, args, link);
        }
        return true;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Notification> mine(int limit) {
        return store.latest(currentUser.requireId(), Math.min(Math.max(limit, 1), 200));
    }

    @PreAuthorize("isAuthenticated()")
    public long myUnreadCount() {
        return currentUser.id().map(store::unread).orElse(0L);
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        store.markAllRead(currentUser.requireId());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean myRemindersOff() {
        return store.remindersOff(currentUser.requireId());
    }

    @PreAuthorize("isAuthenticated()")
    public void setMyRemindersOff(boolean off) {
        store.setRemindersOff(currentUser.requireId(), off);
    }

    /** The outbox of mail kept when no SMTP server is configured (administrators). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Map<String, Object>> outbox(int limit) {
        return mailer.outbox(Math.min(Math.max(limit, 1), 500));
    }
}
