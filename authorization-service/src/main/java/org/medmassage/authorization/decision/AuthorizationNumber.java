package org.medmassage.authorization.decision;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number people read out and providers put on the claim (837P REF*G1, PA-07), e.g. {@code A20260302-7KQ4M9XZ}:
 * "A", the UTC date the request was received, and eight Crockford base-32 characters (no I, L, O or U to misread).
 */
public record AuthorizationNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("A\\d{8}-[0-9A-HJKMNP-TV-Z]{8}");

    public AuthorizationNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an authorization number: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
