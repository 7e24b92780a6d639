package org.palermoacademy.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.palermoacademy.shared.StartupProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Keycloak server for laptops and tests, run from the {@code keycloak-quarkus-dist} archive that the
 * Maven build unpacks (see pom.xml, profile {@code local-keycloak}). Started in the background when the
 * application starts without an external issuer, imported with the realm in {@code keycloak/}, and
 * stopped with the application. If a Keycloak already answers for the realm on the port (e.g. left
 * over from a run that was killed), it is reused instead.
 */
public final class LocalKeycloak implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);

    private final KeycloakProperties.Local config;
    private final String realm;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private Thread shutdownHook;

    LocalKeycloak(KeycloakProperties.Local config, String realm) {
        this.config = config;
        this.realm = realm;
    }

    String issuer() {
        return "http://localhost:" + config.port() + "/realms/" + realm;
    }

    /** Starts the server in the background (or adopts one already running); returns at once. */
    synchronized void start() {
        if (answers()) {
            log.info("Identity: reusing the Keycloak already running at {}", issuer());
            return;
        }
        Path home = config.home().toAbsolutePath();
        Path script = home.resolve("bin").resolve(isWindows() ? "kc.bat" : "kc.sh");
        if (!Files.isRegularFile(script)) {
            throw new StartupProblemException(
                    "No external Keycloak is configured (KEYCLOAK_ISSUER_URI) and no local Keycloak is unpacked at "
                            + home,
                    "Start the platform with './mvnw spring-boot:run' (it unpacks Keycloak from Maven Central), "
                            + "or set KEYCLOAK_ISSUER_URI to your Keycloak realm, e.g. "
                            + "http://localhost:8180/realms/palermo.");
        }
        Path dataDir = config.dataDir().toAbsolutePath();
        try {
            if (config.fresh()) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            Path importDir = Files.createDirectories(home.resolve("data").resolve("import"));
            Path realmFile = config.realmFile().toAbsolutePath();
            if (!Files.isRegularFile(realmFile)) {
                throw new StartupProblemException("The realm file " + realmFile + " is missing",
                        "Run from the project's root folder, or set palermo.keycloak.local.realm-file.");
            }
            Files.copy(realmFile, importDir.resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StartupProblemException("Cannot prepare the local Keycloak: " + e.getMessage(),
                    "Check that " + dataDir + " is writable.", e);
        }
        List<String> command = new ArrayList<>(List.of(script.toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + config.port(),
                "--hostname=http://localhost:" + config.port(),
                "--import-realm",
                "--db-url=jdbc:h2:file:" + dataDir.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_APPEND", "-Dquarkus.transaction-manager.object-store.directory="
                + dataDir.resolve("transaction-logs"));
        builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-local-only");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new StartupProblemException("Cannot start the local Keycloak (" + script + "): " + e.getMessage(),
                    "Check the unpacked Keycloak at " + home + " (delete it and re-run './mvnw spring-boot:run').", e);
        }
        shutdownHook = new Thread(this::stopProcess, "local-keycloak-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        log.info("Identity: starting local Keycloak {} on http://localhost:{} (log: {})", home.getFileName(),
                config.port(), logFile());
    }

    /** Blocks until the realm answers; fails with an actionable message if it dies or times out. */
    void awaitReady() {
        Instant deadline = Instant.now().plus(config.startTimeout());
        while (Instant.now().isBefore(deadline)) {
            if (answers()) {
                log.info("Identity: local Keycloak ready at {}", issuer());
                return;
            }
            if (process != null && !process.isAlive()) {
                throw new StartupProblemException(
                        "The local Keycloak stopped during start-up (exit code " + process.exitValue() + "): "
                                + lastError(),
                        "Read " + logFile() + ". If port " + config.port() + " is taken, free it or set "
                                + "palermo.keycloak.local.port; to start from scratch delete " + config.dataDir() + ".");
            }
            sleep(500);
        }
        throw new StartupProblemException(
                "The local Keycloak did not answer at " + issuer() + " within " + config.startTimeout().toSeconds()
                        + " s",
                "Read " + logFile() + "; the very first start builds Keycloak and can take a few minutes on a slow "
                        + "machine (raise palermo.keycloak.local.start-timeout).");
    }

    boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create(issuer() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(3)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        stopProcess();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
            shutdownHook = null;
        }
    }

    private void stopProcess() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return;
        }
        log.info("Identity: stopping local Keycloak");
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    private Path logFile() {
        return config.dataDir().toAbsolutePath().resolve("keycloak.log");
    }

    private String lastError() {
        try (Stream<String> lines = Files.lines(logFile(), StandardCharsets.UTF_8)) {
            List<String> errors = lines.filter(l -> l.contains("ERROR")).toList();
            if (errors.isEmpty()) {
                return "no error line in its log";
            }
            String last = errors.getLast();
            return last.length() > 300 ? last.substring(0, 300) + "..." : last;
        } catch (IOException | java.io.UncheckedIOException e) {
            return "its log could not be read";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
