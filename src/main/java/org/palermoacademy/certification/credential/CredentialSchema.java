package org.palermoacademy.certification.credential;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The official 1EdTech Open Badges 3.0 AchievementCredential JSON Schema (draft 2019-09), bundled as
 * {@value #RESOURCE} and loaded once. Loading never touches the network: the draft 2019-09 dialect is
 * built into the validator, the schema only has same-document {@code $ref}s, remote fetching is off and
 * every external schema IRI is blocked, so a missing piece fails loudly instead of being downloaded.
 * Thread-safe.
 */
public final class CredentialSchema {

    /** Classpath location of the unchanged schema file. */
    public static final String RESOURCE = "/standards/ob_v3p0_achievementcredential_schema.json";

    private CredentialSchema() {
    }

    /**
     * Checks a credential against the schema.
     *
     * @param credentialJson the credential as JSON text
     * @return one line per distinct problem ({@code "$.path: message"}), empty when the credential is valid
     */
    public static List<String> problems(String credentialJson) {
        if (credentialJson == null) {
            return List.of("no credential JSON given");
        }
        JsonNode instance;
        try {
            instance = Json.tree(credentialJson);
        } catch (JacksonException e) {
            return List.of("not valid JSON: " + e.getOriginalMessage());
        }
        return problemsIn(instance);
    }

    static List<String> problemsIn(JsonNode credential) {
        List<Error> errors = Holder.SCHEMA.validate(credential);
        return errors.stream().map(CredentialSchema::describe).distinct().toList();
    }

    private static String describe(Error error) {
        String where = String.valueOf(error.getInstanceLocation());
        String message = error.getMessage();
        return message.startsWith(where) ? message : where + ": " + message;
    }

    /** Lazy, once-only and thread-safe loading (class initialisation). */
    private static final class Holder {

        static final Schema SCHEMA = load();

        private static Schema load() {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                    builder -> builder
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .locale(Locale.ENGLISH)
                                    .pathType(PathType.JSON_PATH)
                                    // draft 2019-09 treats "format" as a note only; we want date-times checked
                                    .formatAssertionsEnabled(true)
                                    .build())
                            .schemaLoader(loader -> loader
                                    .fetchRemoteResources(false)
                                    // nothing is ever loaded by IRI: the bundled document is complete
                                    .block(iri -> true)));
            try (InputStream in = CredentialSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the Open Badges schema " + RESOURCE + " is missing");
                }
                Schema schema = registry.getSchema(in, InputFormat.JSON);
                schema.initializeValidators(); // resolve every $ref now, not during the first validation
                return schema;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the Open Badges schema " + RESOURCE, e);
            }
        }
    }
}
