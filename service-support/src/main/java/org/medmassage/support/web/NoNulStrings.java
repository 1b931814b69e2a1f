package org.medmassage.support.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Every JSON string of a request is refused with a 400 naming its field when it carries the NUL character: PostgreSQL
 * cannot store it in text, and no identifier, name or reason of this domain has one.
 */
public final class NoNulStrings extends StringDeserializer {

    static final String NUL_MESSAGE = "must not contain the NUL character (\\u0000)";

    private NoNulStrings() {
    }

    public static NoNulStrings create() {
        return new NoNulStrings();
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
            return context.reportInputMismatch(String.class, NUL_MESSAGE);
        }
        return value;
    }
}
