package org.medmassage.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.events.SchemaShapes.Shape;
import tools.jackson.databind.JsonNode;

/** Schema and record cannot drift apart: same names, JSON types that fit the Java types, the same closed sets. */
class SchemaMatchesRecordTest {

    /** JSON type and format for each Java type a record component may have. */
    private static final Map<Class<?>, List<String>> JSON_TYPE_OF = Map.ofEntries(
            Map.entry(String.class, List.of("string", "")),
            Map.entry(int.class, List.of("integer", "")),
            Map.entry(Integer.class, List.of("integer", "")),
            Map.entry(boolean.class, List.of("boolean", "")),
            Map.entry(BigDecimal.class, List.of("number", "")),
            Map.entry(LocalDate.class, List.of("string", "date")),
            Map.entry(Instant.class, List.of("string", "date-time")),
            Map.entry(UUID.class, List.of("string", "uuid")),
            Map.entry(List.class, List.of("array", "")),
            Map.entry(JsonNode.class, List.of("object", "")));

    private final EventCodec codec = new EventCodec();

    /** Every payload record with its schema, and the envelope with its own. */
    static Stream<Named<List<Shape>>> schemas() {
        Stream<Named<List<Shape>>> payloads = Stream.of(EventType.values()).map(type -> Named.of(type.wireName(),
                SchemaShapes.of(type.payloadType(), EventSchemas.document(type.schemaResource()))));
        return Stream.concat(payloads, Stream.of(Named.of("EventEnvelope",
                SchemaShapes.of(EventEnvelope.class, EventSchemas.document(EventSchemas.ENVELOPE)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void every_schema_names_exactly_the_record_components(List<Shape> shapes) {
        SoftAssertions softly = new SoftAssertions();
        for (Shape shape : shapes) {
            softly.assertThat(shape.propertyNames()).as("properties of %s", shape.path())
                    .containsExactlyInAnyOrderElementsOf(shape.componentNames());
            softly.assertThat(shape.componentNames()).as("required of %s", shape.path())
                    .containsAll(shape.requiredNames());
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void every_property_has_the_json_type_of_its_java_type(List<Shape> shapes) {
        SoftAssertions softly = new SoftAssertions();
        for (Shape shape : shapes) {
            for (RecordComponent component : shape.record().getRecordComponents()) {
                JsonNode property = shape.property(component);
                String at = shape.path() + "." + component.getName();
                List<String> expected = expectedJsonType(component.getType());
                softly.assertThat(SchemaShapes.types(property)).as("type of %s", at).containsExactly(expected.get(0));
                softly.assertThat(property.path("format").asString("")).as("format of %s", at)
                        .isEqualTo(expected.get(1));
                if (component.getType() == BigDecimal.class) {
                    softly.assertThat(property.path("multipleOf").decimalValue()).as("money of %s in cents", at)
                            .isEqualByComparingTo("0.01");
                }
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void primitive_components_are_required_because_the_codec_rejects_them_missing(List<Shape> shapes) {
        // Jackson 3 fails on a missing int or boolean creator property (FAIL_ON_NULL_FOR_PRIMITIVES is on by default)
        SoftAssertions softly = new SoftAssertions();
        for (Shape shape : shapes) {
            Arrays.stream(shape.record().getRecordComponents())
                    .filter(component -> component.getType().isPrimitive())
                    .forEach(component -> softly.assertThat(shape.requiredNames())
                            .as("required of %s", shape.path()).contains(component.getName()));
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void an_enum_component_lists_exactly_its_constants(List<Shape> shapes) {
        SoftAssertions softly = new SoftAssertions();
        for (Shape shape : shapes) {
            Arrays.stream(shape.record().getRecordComponents())
                    .filter(component -> component.getType().isEnum())
                    .forEach(component -> softly.assertThat(enumValues(shape.property(component)))
                            .as("enum of %s.%s", shape.path(), component.getName())
                            .containsExactlyInAnyOrderElementsOf(constants(component.getType())));
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.medmassage.events.EventRoundTripTest#samples")
    void the_codec_writes_exactly_the_record_components(DomainEvent sample) {
        JsonNode written = codec.tree(sample);

        assertWrittenAsRecord(written, sample.getClass(), sample.getClass().getSimpleName());
    }

    private static void assertWrittenAsRecord(JsonNode written, Class<?> record, String path) {
        // e.g. DomainEvent.correlationId() must stay an envelope field, never leak into the payload
        assertThat(new TreeSet<>(written.propertyNames())).as("fields written for %s", path)
                .containsExactlyInAnyOrderElementsOf(SchemaShapes.componentNames(record));
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode value = written.path(component.getName());
            if (component.getType().isRecord() && !value.isNull()) {
                assertWrittenAsRecord(value, component.getType(), path + "." + component.getName());
            } else if (SchemaShapes.recordElement(component) != null) {
                Class<?> element = SchemaShapes.recordElement(component);
                value.values().forEach(item -> assertWrittenAsRecord(item, element, path + "." + component.getName()));
            }
        }
    }

    private static List<String> expectedJsonType(Class<?> javaType) {
        if (javaType.isRecord()) {
            return List.of("object", "");
        }
        if (javaType.isEnum()) {
            return List.of("string", "");
        }
        List<String> expected = JSON_TYPE_OF.get(javaType);
        assertThat(expected).as("a JSON type for component type %s (extend JSON_TYPE_OF)", javaType).isNotNull();
        return expected;
    }

    private static Set<String> enumValues(JsonNode property) {
        Set<String> values = new TreeSet<>();
        property.path("enum").values().stream().filter(value -> !value.isNull())
                .forEach(value -> values.add(value.asString()));
        return values;
    }

    private static Set<String> constants(Class<?> enumType) {
        Set<String> names = new TreeSet<>();
        for (Object constant : enumType.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }
}
