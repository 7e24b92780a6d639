package org.palermoacademy.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context every integration and browser test shares (so the embedded store and the
 * real Keycloak start once per run): the whole application on port 8089, store in memory, Keycloak
 * on 8181. Tests must therefore create their own data with unique ids and never rely on emptiness.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
