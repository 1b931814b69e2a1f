package org.medmassage.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schemas under /schemas on the classpath, loaded once, validating with format assertions on. */
final class EventSchemas {

    static final String ENVELOPE = "/schemas/EventEnvelope.schema.json";

    // Draft 2020-12 treats "format" as an annotation by default; a consumer validating against these schemas must
    // turn assertions on, or "2026-02-30" passes as a date.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    static List<Error> validatePayload(EventType type, String json) {
        return validate(type.schemaResource(), json);
    }

    static List<Error> validateEnvelope(String json) {
        return validate(ENVELOPE, json);
    }

    static List<Error> validate(String resource, String json) {
        return LOADED.computeIfAbsent(resource, EventSchemas::load).validate(json, InputFormat.JSON);
    }

    /** The schema document itself, to compare its properties with the record it describes. */
    static JsonNode document(String resource) {
        try (InputStream in = open(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String resource) {
        return EventSchemas.class.getResource(resource) != null;
    }

    private static Schema load(String resource) {
        try (InputStream in = open(resource)) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = EventSchemas.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no schema on the classpath at " + resource);
        }
        return in;
    }
}
