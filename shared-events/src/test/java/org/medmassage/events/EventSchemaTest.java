package org.medmassage.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.events.EventSamples.OCCURRED_AT;
import static org.medmassage.events.EventSamples.SOURCE_EVENT_ID;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every sample the codec writes is valid against its published schema, and every schema follows the house rules. */
class EventSchemaTest {

    private final EventCodec codec = new EventCodec();

    static Stream<Named<DomainEvent>> samples() {
        return EventRoundTripTest.samples();
    }

    static Stream<String> schemaResources() {
        return Stream.concat(Stream.of(EventType.values()).map(EventType::schemaResource),
                Stream.of(EventSchemas.ENVELOPE));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void every_event_type_publishes_its_schema_on_the_classpath(EventType type) {
        assertThat(EventSchemas.exists(type.schemaResource())).as(type.schemaResource()).isTrue();
    }

    @Test
    void every_schema_file_belongs_to_an_event_type_or_the_envelope() throws IOException, URISyntaxException {
        Path directory = Path.of(EventSchemas.class.getResource("/schemas").toURI());
        List<String> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.map(path -> "/schemas/" + path.getFileName()).toList();
        }

        assertThat(files).containsExactlyInAnyOrderElementsOf(schemaResources().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_encoded_payload_is_valid_against_its_schema(DomainEvent sample) {
        String json = codec.encodePayload(sample);

        assertThat(EventSchemas.validatePayload(EventType.of(sample), json)).as(json).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_encoded_envelope_is_valid_against_the_envelope_schema(DomainEvent sample) {
        String caused = codec.encodeToString(codec.wrap(sample, SOURCE_EVENT_ID, OCCURRED_AT));
        String uncaused = codec.encodeToString(codec.wrap(sample, null, OCCURRED_AT));

        assertThat(EventSchemas.validateEnvelope(caused)).as(caused).isEmpty();
        assertThat(EventSchemas.validateEnvelope(uncaused)).as(uncaused).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaResources")
    void every_schema_follows_the_house_conventions(String resource) {
        JsonNode schema = EventSchemas.document(resource);
        String fileName = resource.substring("/schemas/".length());
        SoftAssertions softly = new SoftAssertions();

        softly.assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        softly.assertThat(schema.path("$id").asString()).endsWith("/" + fileName);
        softly.assertThat(schema.path("title").asString()).isEqualTo(fileName.replace(".schema.json", ""));
        softly.assertThat(schema.path("description").asString()).as("one-line description").isNotBlank()
                .doesNotContain("\n");
        for (JsonNode object : objectsIn(schema)) {
            softly.assertThat(object.path("type").asString()).isEqualTo("object");
            softly.assertThat(object.path("additionalProperties").asBoolean(false))
                    .as("tolerant reader: additionalProperties of %s", object.path("title").asString(resource))
                    .isTrue();
            object.path("properties").propertyStream().forEach(property -> softly
                    .assertThat(SchemaShapes.allowsNull(property.getValue()))
                    .as("%s.%s allows null exactly when it is not required", object.path("title").asString(),
                            property.getKey())
                    .isNotEqualTo(requires(object, property.getKey())));
        }
        softly.assertAll();
    }

    /** The schema itself and every object schema nested in its properties or array items. */
    private static List<JsonNode> objectsIn(JsonNode schema) {
        List<JsonNode> objects = new ArrayList<>();
        if (schema.has("properties")) {
            objects.add(schema);
            schema.path("properties").values().forEach(property -> objects.addAll(objectsIn(property)));
        }
        if (schema.has("items")) {
            objects.addAll(objectsIn(schema.path("items")));
        }
        return objects;
    }

    private static boolean requires(JsonNode object, String name) {
        return object.path("required").values().stream().anyMatch(required -> required.asString().equals(name));
    }
}
