package org.medmassage.codesets;

import java.util.Optional;

/**
 * National Provider Identifier: 10 digits whose last one is a Luhn check digit computed over the 9 others prefixed by
 * 80840 (the ISO card-issuer prefix of US health identifiers). A failing check digit is a typo, never a real NPI.
 */
public final class Npi {

    private static final String PREFIX = "80840";

    private Npi() {
    }

    public static boolean isValid(String npi) {
        return problem(npi).isEmpty();
    }

    /** Why {@code npi} cannot be an NPI, or empty when it can. */
    public static Optional<String> problem(String npi) {
        if (npi == null || !npi.matches("[0-9]{10}")) {
            return Optional.of("an NPI is exactly 10 digits");
        }
        int expected = checkDigit(npi.substring(0, 9));
        if (npi.charAt(9) - '0' != expected) {
            return Optional.of("NPI " + npi + " fails its check digit (the 10th digit should be " + expected + ")");
        }
        return Optional.empty();
    }

    /** The Luhn check digit of the 9 leading digits of an NPI. */
    public static int checkDigit(String firstNineDigits) {
        if (firstNineDigits == null || !firstNineDigits.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("expected the 9 leading digits of an NPI: " + firstNineDigits);
        }
        String digits = PREFIX + firstNineDigits;
        int sum = 0;
        // Doubling starts at the rightmost digit because the check digit will be appended to its right.
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
