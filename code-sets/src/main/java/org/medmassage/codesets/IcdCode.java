package org.medmassage.codesets;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ICD-10-CM code in its stored form, without the dot (DX-06: {@code M5450}); {@link #dotted()} renders it with the
 * dot after the third character ({@code M54.50}). Only the shape is checked here (DX-03): a letter, then 2 to 6
 * letters or digits. Whether the code exists, and is billable on a date, is {@link IcdCodeSet}'s question.
 */
public record IcdCode(String value) implements Comparable<IcdCode> {

    // The second character is a digit in every real category, but the CMS FY2026 list also carries QA0… rows.
    private static final Pattern STORED_SHAPE = Pattern.compile("[A-Z][0-9A-Z]{2,6}");

    public IcdCode {
        if (value == null || !STORED_SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an ICD-10-CM code without dot: " + value);
        }
    }

    /** Accepts {@code M54.50}, {@code m5450} or {@code " M54.50 "}; empty when the text cannot be an ICD-10-CM code. */
    public static Optional<IcdCode> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.trim().toUpperCase(Locale.ROOT);
        int dot = text.indexOf('.');
        if (dot >= 0) {
            // The dot may only follow the 3-character category and must be followed by something (M54.5, not M5.45 or M54.).
            if (dot != 3 || text.indexOf('.', dot + 1) >= 0 || text.length() == 4) {
                return Optional.empty();
            }
            text = text.substring(0, 3) + text.substring(4);
        }
        return STORED_SHAPE.matcher(text).matches() ? Optional.of(new IcdCode(text)) : Optional.empty();
    }

    public static IcdCode of(String input) {
        return parse(input).orElseThrow(() -> new IllegalArgumentException("malformed ICD-10-CM code: " + input));
    }

    /** The human and FHIR form, dot after the category: {@code M54.50}, {@code R51}. */
    public String dotted() {
        return value.length() > 3 ? value.substring(0, 3) + "." + value.substring(3) : value;
    }

    /** True when this code is a more specific code under {@code category} (a proper prefix of it). */
    public boolean isUnder(IcdCode category) {
        return value.length() > category.value.length() && value.startsWith(category.value);
    }

    @Override
    public int compareTo(IcdCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return dotted();
    }
}
