package org.palermoacademy.platform.internal;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.palermoacademy.shared.StartupProblemException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Checks an external MongoDB before anything else starts, so a wrong {@code MONGODB_URI} fails fast
 * with one actionable message (registered in META-INF/spring.factories).
 */
public class StorePreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Pattern CAUSE = Pattern.compile("caused by \\{([^}]*)}");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        StoreProperties properties = Binder.get(event.getEnvironment()).bind("palermo.store", StoreProperties.class)
                .orElseGet(() -> new StoreProperties(null, null, null, null));
        if (properties.external()) {
            ConnectionString connectionString = parse(properties.mongodbUri());
            ping(connectionString);
        }
    }

    static ConnectionString parse(String uri) {
        try {
            return new ConnectionString(uri.trim());
        } catch (IllegalArgumentException e) {
            throw new StartupProblemException(
                    "MONGODB_URI is not a valid MongoDB connection string: " + e.getMessage(),
                    "Fix MONGODB_URI (e.g. mongodb://host:27017/palermo?replicaSet=rs0), "
                            + "or unset it to use the embedded store under the data directory.", e);
        }
    }

    static void ping(ConnectionString connectionString) {
        String where = String.join(",", connectionString.getHosts());
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(connectionString)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(8, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(5, TimeUnit.SECONDS))
                .build();
        try (var client = MongoClients.create(settings)) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
        } catch (RuntimeException e) {
            throw new StartupProblemException(
                    "Cannot reach MongoDB at " + where + " (from MONGODB_URI): " + reason(e),
                    "Check that MongoDB is running and reachable, and that MONGODB_URI names the right host, "
                            + "port and credentials; or unset MONGODB_URI to use the embedded store.", e);
        }
    }

    /** The useful part of the driver's message: the innermost cause it reports. */
    static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = CAUSE.matcher(message);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last != null) {
            return "no server answered within 8 s (" + last.replaceFirst("^[\\w.]+\\.(\\w+Exception)", "$1") + ")";
        }
        return StoreConfiguration.firstLine(e);
    }
}
