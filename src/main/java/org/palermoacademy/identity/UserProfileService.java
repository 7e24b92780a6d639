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

    @PreAuthorize("isAuthenticated()")
    public void changeMyLanguage(Language language) {
        store.setLanguage(currentUser.requireId(), language);
    }
}
