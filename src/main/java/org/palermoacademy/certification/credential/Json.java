package org.palermoacademy.certification.credential;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of this package (Jackson 3, which Spring Boot 4 and the schema validator share).
 * Strict on purpose: duplicate keys and trailing content are errors, so two parsers can never read
 * one document differently.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private Json() {
    }

    /** Parses a JSON object, keeping key order; throws Jackson's (unchecked) exception when it is not one. */
    static Map<String, Object> object(byte[] json) {
        return MAPPER.readValue(json, OBJECT);
    }

    static Map<String, Object> object(String json) {
        return MAPPER.readValue(json, OBJECT);
    }

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /**
     * Where a parse failed ("line 3, column 7"), without Jackson's text, which may quote the input:
     * safe for messages about files that hold private keys.
     */
    static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "position unknown";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String compact(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static String pretty(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
