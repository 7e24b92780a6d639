package org.palermoacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run on the build machines (no Docker engine), so it is kept correct by
 * construction and by this test: it parses, wires the services the README promises, mounts the one
 * realm file, and passes only variables the application actually reads.
 */
class DockerComposeTest {

    static Map<String, Object> compose;
    static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws Exception {
        compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void mongoIsAVersion8ReplicaSetThatInitiatesItself() {
        var mongo = services.get("mongo");
        assertThat((String) mongo.get("image")).startsWith("mongo:8");
        assertThat(mongo.get("command").toString()).contains("--replSet", "rs0");
        assertThat(mongo.get("healthcheck").toString()).contains("rs.initiate");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakImportsTheSameRealmFileAsTheLocalRunAndTests() {
        var keycloak = services.get("keycloak");
        assertThat((String) keycloak.get("image")).isEqualTo("quay.io/keycloak/keycloak:26.7");
        assertThat((List<String>) keycloak.get("command")).contains("--import-realm");
        List<String> volumes = (List<String>) keycloak.get("volumes");
        assertThat(volumes).anyMatch(v -> v.startsWith("./keycloak/palermo-realm.json:/opt/keycloak/data/import/"));
        assertThat(Path.of("keycloak/palermo-realm.json")).isRegularFile();
        Map<String, Object> env = (Map<String, Object>) keycloak.get("environment");
        // every ${VAR:default} placeholder of the realm file that compose must set is set
        assertThat(env).containsKeys("PALERMO_CLIENT_SECRET", "PALERMO_BACKCHANNEL_LOGOUT_URL");
    }

    @Test
    @SuppressWarnings("unchecked")
    void appIsBuiltByTheDockerfileAndWiredOnlyByVariablesTheAppReads() throws Exception {
        var app = services.get("app");
        assertThat(app.get("build")).isEqualTo(".");
        assertThat(Path.of("Dockerfile")).isRegularFile();
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("target/palermo-academy.jar")
                .contains("-DskipLocalKeycloak");
        Map<String, Object> env = (Map<String, Object>) app.get("environment");
        Set<String> readByApp = variablesReadByApplication();
        assertThat(readByApp).contains("MONGODB_URI", "KEYCLOAK_ISSUER_URI", "KEYCLOAK_CLIENT_SECRET",
                "PALERMO_DATA_DIR");
        assertThat(env.keySet()).allSatisfy(name -> assertThat(readByApp).as("the app reads %s", name).contains(name));
        assertThat(env).containsKeys("MONGODB_URI", "KEYCLOAK_ISSUER_URI", "KEYCLOAK_DISCOVERY_URI",
                "KEYCLOAK_CLIENT_SECRET");
        assertThat(env.get("MONGODB_URI").toString()).contains("replicaSet=rs0").contains("w=majority")
                .startsWith("mongodb://mongo:27017/");
        assertThat(env.get("KEYCLOAK_DISCOVERY_URI").toString()).startsWith("http://keycloak:8080/realms/palermo");
        assertThat(((Map<String, Object>) app.get("depends_on"))).containsKeys("mongo", "keycloak");
    }

    @Test
    void realmPlaceholdersHaveDefaultsForTheLocalRun() throws Exception {
        String realm = Files.readString(Path.of("keycloak/palermo-realm.json"));
        var m = Pattern.compile("\\$\\{(PALERMO_[A-Z_]+)(:[^}]*)?}").matcher(realm);
        Set<String> withoutDefault = new TreeSet<>();
        while (m.find()) {
            if (m.group(2) == null) {
                withoutDefault.add(m.group(1));
            }
        }
        assertThat(withoutDefault).as("placeholders the local run could not resolve").isEmpty();
    }

    private static Set<String> variablesReadByApplication() throws Exception {
        String config = Files.readString(Path.of("src/main/resources/application.yaml"));
        var m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(config);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
