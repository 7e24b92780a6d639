package org.palermoacademy.platform.internal;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.palermoacademy.shared.StartupProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the document store: the MongoDB named by {@code MONGODB_URI} (property
 * {@code palermo.store.mongodb-uri}) when set, otherwise an embedded server speaking the MongoDB wire
 * protocol, persisting to {@code <data-dir>/palermo-store.mv} (or kept in memory for tests).
 * Either way the rest of the application talks to it through the ordinary MongoDB driver.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);
    static final String STORE_FILE = "palermo-store.mv";

    @Bean
    StoreEndpoint storeEndpoint(StoreProperties properties) {
        if (properties.external()) {
            return external(properties);
        }
        return embedded(properties);
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(StoreEndpoint endpoint) {
        ConnectionString connectionString = endpoint.connectionString();
        return () -> connectionString;
    }

    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts() {
        return builder -> builder
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(5, TimeUnit.SECONDS));
    }

    private static StoreEndpoint external(StoreProperties properties) {
        // reachability was checked by StorePreflight before the context started
        ConnectionString connectionString = StorePreflight.parse(properties.mongodbUri());
        String where = String.join(",", connectionString.getHosts());
        log.info("Store: MongoDB at {} (database '{}'), from MONGODB_URI", where,
                connectionString.getDatabase() == null ? properties.database() : connectionString.getDatabase());
        return new StoreEndpoint(connectionString, null, "MongoDB at " + where);
    }

    private static StoreEndpoint embedded(StoreProperties properties) {
        H2Backend backend;
        String description;
        if (properties.inMemory()) {
            backend = H2Backend.inMemory();
            description = "embedded MongoDB-compatible store in memory";
        } else {
            Path dir = properties.dataDir().toAbsolutePath().normalize();
            Path file = dir.resolve(STORE_FILE);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StartupProblemException("Cannot create the data directory " + dir + ": " + e.getMessage(),
                        "Set PALERMO_DATA_DIR to a writable directory.", e);
            }
            try {
                backend = new H2Backend(file.toString());
            } catch (RuntimeException e) {
                throw new StartupProblemException("Cannot open the embedded store file " + file + ": " + firstLine(e),
                        "Make sure no other Palermo Academy process uses this data directory "
                                + "(or set PALERMO_DATA_DIR to another one).", e);
            }
            description = "embedded MongoDB-compatible store in " + file;
        }
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        var connectionString = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + properties.database());
        log.info("Store: {} (no MONGODB_URI set; listening on {}:{})", description,
                address.getHostString(), address.getPort());
        return new StoreEndpoint(connectionString, server, description);
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
