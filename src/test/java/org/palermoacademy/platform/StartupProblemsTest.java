package org.palermoacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palermoacademy.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A wrong MongoDB URI or an unreachable Keycloak at start gives one clear message saying what is wrong
 * and how to fix it, not a wall of stack traces.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupProblemsTest {

    /**
     * Starts a separate application that is expected to fail. Vaadin installs its security-context
     * strategy globally while a context starts; the shared test context's strategy is restored after.
     */
    private static void start(String... args) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            new SpringApplicationBuilder(Application.class).run(args);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    @Test
    void unreachableMongoDbIsReportedInOneActionableMessage(CapturedOutput output) {
        assertThatThrownBy(() -> start("--server.port=0", "--palermo.store.mongodb-uri=mongodb://127.0.0.1:9/palermo",
                "--palermo.keycloak.issuer-uri=http://127.0.0.1:9/realms/palermo"))
                .isNotNull();
        assertThat(output.getAll())
                .contains("Cannot reach MongoDB at 127.0.0.1:9 (from MONGODB_URI)")
                .contains("or unset MONGODB_URI to use the embedded store")
                .doesNotContain("\tat org.");
    }

    @Test
    void malformedMongoDbUriIsReported(CapturedOutput output) {
        assertThatThrownBy(() -> start("--server.port=0", "--palermo.store.mongodb-uri=localhost:27017",
                "--palermo.keycloak.issuer-uri=http://127.0.0.1:9/realms/palermo"))
                .isNotNull();
        assertThat(output.getAll()).contains("MONGODB_URI is not a valid MongoDB connection string")
                .doesNotContain("\tat org.");
    }

    @Test
    void unreachableKeycloakIsReportedInOneActionableMessage(CapturedOutput output) {
        assertThatThrownBy(() -> start("--server.port=0", "--palermo.store.embedded=memory",
                "--palermo.keycloak.issuer-uri=http://127.0.0.1:9/realms/palermo",
                "--vaadin.devmode.devTools.enabled=false"))
                .isNotNull();
        assertThat(output.getAll())
                .contains("Cannot reach the Keycloak issuer http://127.0.0.1:9/realms/palermo")
                .contains("KEYCLOAK_ISSUER_URI")
                .doesNotContain("\tat org.");
    }
}
