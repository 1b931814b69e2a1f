package org.medmassage.claims.coding;

import java.util.Objects;

/**
 * A medically unlikely edit (MN-08): the most units of one code a provider reports for one patient on one date. CMS's
 * MUE adjudication indicator says whether the cap is per line (1) or per date of service (2 policy, 3 clinical).
 */
public record UnitsPerDayLimit(String procedureCode, int maxUnits, Adjudication adjudication) {

    public UnitsPerDayLimit {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(adjudication, "adjudication");
        if (maxUnits < 0) {
            throw new IllegalArgumentException("MUE of " + procedureCode + " is negative: " + maxUnits);
        }
    }

    /** The MUE adjudication indicator (MAI). */
    public enum Adjudication {
        /** 1: each line is held to the cap on its own. */
        LINE,
        /** 2: the lines of the code on the date are summed (a policy limit). */
        DATE_OF_SERVICE_POLICY,
        /** 3: the lines of the code on the date are summed (a clinical limit). */
        DATE_OF_SERVICE_CLINICAL;

        /** The indicator as CMS writes it, e.g. {@code 2 Date of Service Edit: Policy}: its leading digit. */
        public static Adjudication of(String text) {
            String trimmed = text.trim();
            return switch (trimmed.isEmpty() ? ' ' : trimmed.charAt(0)) {
                case '1' -> LINE;
                case '2' -> DATE_OF_SERVICE_POLICY;
                case '3' -> DATE_OF_SERVICE_CLINICAL;
                default -> throw new IllegalArgumentException("MUE adjudication indicator is 1, 2 or 3, not '"
                        + text + "'");
            };
        }

        boolean perLine() {
            return this == LINE;
        }
    }
}
