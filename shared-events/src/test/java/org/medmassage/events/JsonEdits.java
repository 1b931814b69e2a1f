package org.medmassage.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Breaks one spot of a valid JSON document, to show what a schema or the codec refuses. */
final class JsonEdits {

    /** Stands for "remove the field" where a replacement JSON value is expected. */
    static final String ABSENT = null;

    // exact decimals, so that 80.005 reaches the validator as written
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JsonEdits() {
    }

    /** The document with the value at {@code pointer} replaced by {@code json}, or removed when json is ABSENT. */
    static String edit(String document, String pointer, String json) {
        JsonNode root = JSON.readTree(document);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            if (json == ABSENT) {
                object.remove(last);
            } else {
                object.set(last, JSON.readTree(json));
            }
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), JSON.readTree(json));
        } else {
            throw new IllegalArgumentException("nothing to edit at " + pointer + " in " + document);
        }
        return JSON.writeValueAsString(root);
    }

    /** The object at {@code pointer} with one more field, as a newer producer would send it. */
    static String add(String document, String pointer, String field, String json) {
        JsonNode root = JSON.readTree(document);
        ((ObjectNode) root.at(pointer)).set(field, JSON.readTree(json));
        return JSON.writeValueAsString(root);
    }
}
