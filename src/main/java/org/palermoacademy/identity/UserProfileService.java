package org.palermoacademy.identity;

import java.util.Optional;
import org.palermoacademy.identity.internal.UserProfileStore;
import org.palermoacademy.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The signed-in person's own profile. Every method acts only on the caller's own record. */
@Service
public class UserProfileService {

    private final UserProfileStore store;
    private final CurrentUser currentUser;

    UserProfileService(UserProfileStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<UserProfile> myProfile() {
        return store.find(currentUser.requireId());
    }

    /** Finding people to add to a cohort or a network: trainers, coordinators and administrators. */
    @PreAuthorize("hasAnyRole('TRAINER','COORDINATOR','ADMIN')")
    public java.util.List<UserProfile> search(String text, int limit) {
        if (text == null || text.trim().length() < 2) {
            return java.util.List.of();
        }
        return store.search(text, Math.min(Math.max(limit, 1), 50));
    }

    @PreAuthorize("hasAnyRole('TRAINER','COORDINATOR','ADMIN')")
    public Optional<UserProfile> findByEmail(String email) {
        return store.findByEmail(email);
    }

    /** Profiles by id (names for lists the caller may already see). */
    @PreAuthorize("hasAnyRole('TRAINER','COORDINATOR','ADMIN')")
    public java.util.List<UserProfile> profiles(java.util.Collection<String> ids) {
        return store.findAll(ids);
    }

    @PreAuthorize("isAuthenticated()")
    public void changeMyLanguage(Language language) {
        store.setLanguage(currentUser.requireId(), language);
    }
}
