package org.medmassage.referral.letter;

import java.time.LocalDate;

/** ALT-01: how long an administrator accepts a letter of medical necessity — CONFIG, at most 12 months. */
public record LetterValidity(int months) {

    public static final int MAX_MONTHS = 12;

    public LetterValidity {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("ALT-01: a letter is valid 1 to 12 months, not " + months);
        }
    }

    /** The last valid day, counting the issue day as day 1: issued 2026-03-02 for 12 months ⇒ 2027-03-01. */
    public LocalDate lastDay(LocalDate issuedOn) {
        return issuedOn.plusMonths(months).minusDays(1);
    }
}
