package org.palermoacademy.platform.internal;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.springframework.beans.factory.DisposableBean;

/** The store the application talks to; owns the embedded server when there is one. */
public final class StoreEndpoint implements DisposableBean {

    private final ConnectionString connectionString;
    private final MongoServer embeddedServer;
    private final String description;

    StoreEndpoint(ConnectionString connectionString, MongoServer embeddedServer, String description) {
        this.connectionString = connectionString;
        this.embeddedServer = embeddedServer;
        this.description = description;
    }

    public ConnectionString connectionString() {
        return connectionString;
    }

    public boolean embedded() {
        return embeddedServer != null;
    }

    public String description() {
        return description;
    }

    @Override
    public void destroy() {
        if (embeddedServer != null) {
            embeddedServer.shutdown();
        }
    }
}
