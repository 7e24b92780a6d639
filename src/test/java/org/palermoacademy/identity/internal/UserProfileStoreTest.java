package org.palermoacademy.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.SignInClaims;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.shared.Language;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The sign-in upsert against the embedded store, speaking the real MongoDB wire protocol. */
@IntegrationTest
class UserProfileStoreTest {

    @Autowired
    UserProfileStore store;
    @Autowired
    MongoTemplate mongo;

    private static SignInClaims claims(String sub, String country, Set<Role> roles) {
        return new SignInClaims(sub, "user-" + sub, "Given", "Family", sub + "@example.org", country,
                "Prosecution Service", "EJN", roles, "fr-FR");
    }

    @Test
    void firstSignInCreatesTheProfileAndLaterSignInsRefreshClaimsButKeepTheChosenLanguage() {
        String sub = UUID.randomUUID().toString();
        UserProfile first = store.upsertAtSignIn(claims(sub, "HU", EnumSet.of(Role.LEARNER)));
        assertThat(first.displayName()).isEqualTo("Given Family");
        assertThat(first.language()).isEqualTo(Language.FR); // from the token's locale claim, on insert only
        assertThat(first.firstSignInAt()).isNotNull();

        store.setLanguage(sub, Language.AR);
        UserProfile second = store.upsertAtSignIn(claims(sub, "AT", EnumSet.of(Role.LEARNER, Role.TRAINER)));

        assertThat(second.country()).isEqualTo("AT");
        assertThat(second.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(second.language()).isEqualTo(Language.AR);
        assertThat(second.firstSignInAt()).isEqualTo(first.firstSignInAt());
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(sub)), "users")).isEqualTo(1);
    }

    @Test
    void concurrentSignInsOfOnePersonCreateOneProfile() throws Exception {
        String sub = UUID.randomUUID().toString();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var tasks = java.util.stream.IntStream.range(0, 16)
                    .mapToObj(i -> (Callable<UserProfile>) () -> store.upsertAtSignIn(
                            claims(sub, "SN", EnumSet.of(Role.LEARNER))))
                    .toList();
            for (var f : pool.invokeAll(tasks)) {
                assertThat(f.get().id()).isEqualTo(sub);
            }
        }
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(sub)), "users")).isEqualTo(1);
    }

    @Test
    void unknownProfileIsEmptyNotAnError() {
        assertThat(store.find("no-such-subject")).isEmpty();
    }
}
