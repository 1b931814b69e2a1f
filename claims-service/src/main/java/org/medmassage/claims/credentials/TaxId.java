package org.medmassage.claims.credentials;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A provider's federal tax id (EIN): nine digits, written NN-NNNNNNN. A Good Faith Estimate and an HSA/FSA receipt
 * name it (RULEBOOK §7.1, §7.4); the X12 837P carries it in REF*EI.
 */
public record TaxId(String digits) {

    /** As a body may write it: nine digits, with or without the hyphen after the second. */
    public static final String PATTERN = "[0-9]{2}-?[0-9]{7}";
    public static final String MESSAGE = "must be an EIN: nine digits, e.g. 12-3456789";

    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");

    public TaxId {
        if (digits == null || !NINE_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("a tax id is nine digits, not " + digits);
        }
    }

    /** Empty for no text; a text that is not an EIN is refused at the edge by {@link #PATTERN}. */
    public static Optional<TaxId> parse(String text) {
        return Optional.ofNullable(text).map(written -> new TaxId(written.replace("-", "")));
    }

    /** NN-NNNNNNN. */
    public String formatted() {
        return digits.substring(0, 2) + "-" + digits.substring(2);
    }
}
