package org.palermoacademy.platform.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform keeps its data when it runs on a laptop.
 *
 * @param dataDir  directory for the embedded store file and other local state (default {@code data})
 * @param mongodbUri external MongoDB connection string; when blank the embedded store is used
 * @param embedded {@code file} (persist under the data dir) or {@code memory} (tests)
 */
@ConfigurationProperties("palermo.store")
public record StoreProperties(Path dataDir, String mongodbUri, String embedded, String database) {

    public StoreProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        embedded = embedded == null || embedded.isBlank() ? "file" : embedded;
        database = database == null || database.isBlank() ? "palermo" : database;
    }

    boolean external() {
        return mongodbUri != null && !mongodbUri.isBlank();
    }

    boolean inMemory() {
        return "memory".equalsIgnoreCase(embedded);
    }
}
