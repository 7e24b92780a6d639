package org.palermoacademy.networks.internal;

import java.util.Collection;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.LearnerRecordsAccess;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.springframework.stereotype.Component;

/** A coordinator may read the records of the staff of their own network (certificates, progress). */
@Component
class CoordinatorAccess implements LearnerRecordsAccess {

    private final NetworkStore store;
    private final CurrentUser currentUser;
    private final UserProfileService profiles;

    CoordinatorAccess(NetworkStore store, CurrentUser currentUser, UserProfileService profiles) {
        this.store = store;
        this.currentUser = currentUser;
        this.profiles = profiles;
    }

    @Override
    public boolean mayRead(String viewerId, Collection<String> learnerIds) {
        if (viewerId == null || learnerIds == null || learnerIds.isEmpty()
                || !viewerId.equals(currentUser.id().orElse(null)) || !currentUser.hasRole(Role.COORDINATOR)) {
            return false;
        }
        return profiles.myProfile().map(UserProfile::network).filter(n -> n != null && !n.isBlank())
                .map(network -> store.allStaffOf(network, learnerIds)).orElse(false);
    }
}
