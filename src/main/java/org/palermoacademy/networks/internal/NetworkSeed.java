package org.palermoacademy.networks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.palermoacademy.shared.StartupProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads the networks file at start-up: networks are added or their name and member States updated. */
@Component
class NetworkSeed {

    private static final Logger log = LoggerFactory.getLogger(NetworkSeed.class);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{1,39}");
    private final NetworkStore store;
    private final String file;

    NetworkSeed(NetworkStore store, @Value("${palermo.networks.file:}") String file) {
        this.store = store;
        this.file = file;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        List<Seed> seeds = parse();
        seeds.forEach(s -> store.saveNetwork(s.id(), s.name(), s.countries()));
        log.info("Networks: {} loaded from {}", seeds.size(), file.isBlank() ? "classpath:networks.yaml" : file);
    }

    record Seed(String id, String name, List<String> countries) {
    }

    @SuppressWarnings("unchecked")
    List<Seed> parse() {
        String where = file.isBlank() ? "networks.yaml (classpath)" : file;
        try (InputStream in = file.isBlank() ? NetworkSeed.class.getResourceAsStream("/networks.yaml")
                : Files.newInputStream(Path.of(file))) {
            if (in == null) {
                throw new IOException("not found");
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map) || !(map.get("networks") instanceof List<?> list)) {
                throw problem(where, "expected a top-level `networks:` list");
            }
            java.util.ArrayList<Seed> seeds = new java.util.ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) {
                    throw problem(where, "each network is a map with id, name and countries");
                }
                String id = String.valueOf(m.get("id"));
                String name = m.get("name") == null ? "" : String.valueOf(m.get("name")).strip();
                if (!ID.matcher(id).matches() || !ids.add(id)) {
                    throw problem(where, "network id `" + id + "` is missing, malformed or repeated");
                }
                if (name.isEmpty()) {
                    throw problem(where, "network " + id + " has no name");
                }
                if (!(m.get("countries") instanceof List<?> cs) || cs.isEmpty()) {
                    throw problem(where, "network " + id + " lists no countries");
                }
                List<String> countries = ((List<Object>) cs).stream().map(c -> String.valueOf(c).toUpperCase(Locale.ROOT))
                        .distinct().sorted().toList();
                countries.stream().filter(c -> !COUNTRY.matcher(c).matches()).findFirst().ifPresent(bad -> {
                    throw problem(where, "network " + id + ": `" + bad + "` is not an ISO 3166 alpha-2 code");
                });
                seeds.add(new Seed(id, name, countries));
            }
            return seeds;
        } catch (IOException | RuntimeException e) {
            if (e instanceof StartupProblemException p) {
                throw p;
            }
            throw problem(where, e.getMessage());
        }
    }

    private static StartupProblemException problem(String where, String what) {
        return new StartupProblemException("The networks file " + where + " cannot be used: " + what,
                "Fix the file (see the comment at the top of src/main/resources/networks.yaml for the format) or "
                        + "unset PALERMO_NETWORKS_FILE.");
    }
}
