package org.medmassage.referral.validation;

/**
 * One reason a referral is refused: the field (a JSON path such as {@code diagnosisCodes[0]}), the rulebook ID it
 * breaks and a message the prescriber can act on. {@code missing} marks an incomplete request rather than a rule breach.
 */
public record Problem(String field, String rule, String message, boolean missing) {

    /** MN-02: the referral lacks a field every referral must carry. */
    static Problem missing(String field, String what) {
        return new Problem(field, "MN-02", field + " is required: " + what, true);
    }

    static Problem violation(String field, String rule, String message) {
        return new Problem(field, rule, message, false);
    }
}
