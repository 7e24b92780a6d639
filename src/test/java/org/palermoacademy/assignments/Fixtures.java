package org.palermoacademy.assignments;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.SignInClaims;
import org.palermoacademy.identity.internal.UserProfileStore;
import org.palermoacademy.shared.Language;
import org.palermoacademy.support.AsUser;

/** People and cohorts with unique ids for the assignments tests (the store is shared by the suite). */
final class Fixtures {

    private final UserProfileStore profiles;
    private final CohortService cohorts;

    Fixtures(UserProfileStore profiles, CohortService cohorts) {
        this.profiles = profiles;
        this.cohorts = cohorts;
    }

    /** A person who has signed in once (so they have a profile), with a unique id and e-mail. */
    Person person(String given, Role role) {
        String id = given.toLowerCase() + "-" + UUID.randomUUID();
        String email = id + "@example.org";
        profiles.upsertAtSignIn(new SignInClaims(id, id, given, "Tester", email, "SN", "Ministry", "WACAP",
                Set.of(role), "en"));
        return new Person(id, email, given + " Tester", role);
    }

    Cohort cohort(Person trainer, String name) {
        return AsUser.call(trainer.id(), () -> cohorts.create(name, "A test cohort", Language.EN,
                LocalDate.now().minusDays(1), LocalDate.now().plusMonths(2), "UTC"), Role.TRAINER);
    }

    record Person(String id, String email, String name, Role role) {
    }
}
