package org.medmassage.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Pairs every record (the payload, its nested records, the records in its lists) with the object schema for it. */
final class SchemaShapes {

    /** One object of a schema and the record it describes; {@code path} names it for assertion messages. */
    record Shape(String path, Class<?> record, JsonNode schema) {

        Set<String> componentNames() {
            return SchemaShapes.componentNames(record);
        }

        Set<String> propertyNames() {
            return new TreeSet<>(schema.path("properties").propertyNames());
        }

        Set<String> requiredNames() {
            Set<String> required = new TreeSet<>();
            schema.path("required").values().forEach(name -> required.add(name.asString()));
            return required;
        }

        JsonNode property(RecordComponent component) {
            return schema.path("properties").path(component.getName());
        }
    }

    private SchemaShapes() {
    }

    static List<Shape> of(Class<?> record, JsonNode schema) {
        List<Shape> shapes = new ArrayList<>();
        collect(record.getSimpleName(), record, schema, shapes);
        return shapes;
    }

    private static void collect(String path, Class<?> record, JsonNode schema, List<Shape> shapes) {
        shapes.add(new Shape(path, record, schema));
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(component.getName());
            String at = path + "." + component.getName();
            if (component.getType().isRecord()) {
                collect(at, component.getType(), property, shapes);
            } else if (recordElement(component) != null) {
                collect(at + "[]", recordElement(component), property.path("items"), shapes);
            }
        }
    }

    static Set<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** JSON pointers to every component of the given Java type, reaching into records and the first list element. */
    static List<String> pointersTo(Class<?> record, Class<?> componentType) {
        List<String> pointers = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String at = "/" + component.getName();
            if (component.getType() == componentType) {
                pointers.add(at);
            } else if (component.getType().isRecord()) {
                pointersTo(component.getType(), componentType).forEach(inner -> pointers.add(at + inner));
            } else if (recordElement(component) != null) {
                pointersTo(recordElement(component), componentType).forEach(inner -> pointers.add(at + "/0" + inner));
            }
        }
        return pointers;
    }

    /** The record class X of a {@code List<X>} component; null for anything else. */
    static Class<?> recordElement(RecordComponent component) {
        Class<?> element = elementType(component);
        return element != null && element.isRecord() ? element : null;
    }

    /** The element class of a {@code List<X>} component; null for anything else. */
    static Class<?> elementType(RecordComponent component) {
        if (List.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    /** The JSON types a property allows, without "null". */
    static Set<String> types(JsonNode property) {
        JsonNode type = property.path("type");
        Set<String> types = new TreeSet<>();
        if (type.isArray()) {
            type.values().forEach(t -> types.add(t.asString()));
        } else if (!type.isMissingNode()) {
            types.add(type.asString());
        }
        types.remove("null");
        return types;
    }

    static boolean allowsNull(JsonNode property) {
        JsonNode type = property.path("type");
        return type.isArray() && type.values().stream().anyMatch(t -> "null".equals(t.asString()));
    }
}
