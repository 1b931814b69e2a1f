package org.medmassage.referral.validation;

/**
 * One reason a referral is refused, or a warning on an accepted one: the field (a JSON path such as
 * {@code diagnosisCodes[0]}), the rule it breaks (a rulebook ID, or a constraint name such as {@code Size} for input
 * limits the rulebook does not cover) and a message the prescriber can act on. {@code missing} marks an incomplete
 * request rather than a rule breach.
 */
public record Problem(String field, String rule, String message, boolean missing) {

    /** MN-02: the referral lacks a field every referral must carry. */
    static Problem missing(String field, String what) {
        return new Problem(field, "MN-02", field + " is required: " + what, true);
    }

    static Problem violation(String field, String rule, String message) {
        return new Problem(field, rule, message, false);
    }

    /** Accepted, but worth the prescriber's attention (e.g. DX-05 an initial-encounter injury code). */
    static Problem warning(String field, String rule, String message) {
        return new Problem(field, rule, message, false);
    }
}
