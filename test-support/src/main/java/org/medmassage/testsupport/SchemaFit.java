package org.medmassage.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Whether an example of an OpenAPI document fits its schema as far as a stale example would not: every field it
 * sends is a property of the schema, every required property is sent, at every depth. Types and formats are the
 * service's to check, by accepting the example.
 */
final class SchemaFit {

    private static final String SCHEMAS = "#/components/schemas/";

    private SchemaFit() {
    }

    @SuppressWarnings("unchecked")
    static void check(Map<String, Object> document, String where, Map<String, Object> schema, Object value) {
        assertThat(schema).as(where + ": a schema").isNotNull();
        Map<String, Object> resolved = resolve(document, schema);
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> properties = (Map<String, Object>) resolved.get("properties");
            if (properties == null) {
                // a map such as {code: rate}: its keys are data, its values have one schema
                Object values = resolved.get("additionalProperties");
                assertThat(values).as(where + ": an object schema").isInstanceOf(Map.class);
                object.forEach((key, item) -> check(document, where + "." + key, (Map<String, Object>) values, item));
                return;
            }
            assertThat(properties.keySet()).as(where + ": the fields of its schema").containsAll(
                    (Iterable<String>) object.keySet());
            assertThat((Iterable<String>) object.keySet()).as(where + ": the required fields")
                    .containsAll((List<String>) resolved.getOrDefault("required", List.of()));
            object.forEach((key, item) -> check(document, where + "." + key,
                    (Map<String, Object>) properties.get(key), item));
        } else if (value instanceof List<?> list && resolved.get("items") != null) {
            list.forEach(item -> check(document, where + "[]", (Map<String, Object>) resolved.get("items"), item));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (!(ref instanceof String name) || !name.startsWith(SCHEMAS)) {
            return schema;
        }
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("schemas");
        Map<String, Object> target = (Map<String, Object>) schemas.get(name.substring(SCHEMAS.length()));
        assertThat(target).as("schema " + name).isNotNull();
        return resolve(document, target);
    }
}
