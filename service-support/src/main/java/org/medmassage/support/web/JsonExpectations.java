package org.medmassage.support.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** What a field of a request should have held, said in JSON terms: a 400 never names a Java class. */
final class JsonExpectations {

    private JsonExpectations() {
    }

    static String of(JacksonException e) {
        if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
            return "could not be read";
        }
        Class<?> type = mismatch.getTargetType();
        if (type == String.class && NoNulStrings.NUL_MESSAGE.equals(e.getOriginalMessage())) {
            return NoNulStrings.NUL_MESSAGE;
        }
        return "must be " + describe(type);
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-03-02";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a date and time such as 2026-03-02T10:15:30Z";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) ? "an object of names and values" : "an object";
    }
}
