package org.medmassage.bench;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The few envelope fields the tracker needs of an intermediate saga event (type, correlationId, occurredAt), read with
 * the streaming parser: no tree is built, the payload is skipped, and reading stops once the three are found. The
 * outbox relays set no event-type header, so this and a byte search ({@link #mentions}) are the cheap filters.
 */
record EnvelopeHead(String type, String correlationId, String occurredAt) {

    /** The head of an envelope; null when the record is not an envelope or lacks one of the three fields. */
    static EnvelopeHead read(byte[] value) {
        String type = null;
        String correlationId = null;
        String occurredAt = null;
        try (JsonParser parser = Json.MAPPER.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String name;
            while ((name = parser.nextName()) != null) {
                String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getString() : null;
                parser.skipChildren(); // the payload, or any other object or array: not read
                switch (name) {
                    case "type" -> type = text;
                    case "correlationId" -> correlationId = text;
                    case "occurredAt" -> occurredAt = text;
                    default -> { }
                }
                if (type != null && correlationId != null && occurredAt != null) {
                    return new EnvelopeHead(type, correlationId, occurredAt);
                }
            }
            return null;
        } catch (JacksonException notAnEnvelope) {
            return null; // a malformed record (the chaos suite writes 10,000): the services dead-letter it
        }
    }

    /** Whether {@code value} contains {@code needle}, byte for byte: a filter to run before any decoding. */
    static boolean mentions(byte[] value, byte[] needle) {
        outer:
        for (int i = 0; i <= value.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (value[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
