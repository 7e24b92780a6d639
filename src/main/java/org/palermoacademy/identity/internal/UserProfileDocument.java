package org.palermoacademy.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.palermoacademy.identity.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person's profile; the id is the OIDC subject issued by Keycloak. */
@Document("users")
public class UserProfileDocument {

    @Id
    String id;
    @Indexed(unique = true, sparse = true)
    String username;
    String displayName;
    String givenName;
    String familyName;
    @Indexed(sparse = true)
    String email;
    @Indexed
    String country;
    String organization;
    @Indexed
    String network;
    Set<Role> roles;
    String language;
    Instant firstSignInAt;
    Instant lastSignInAt;
    @Version
    Long version;
}
