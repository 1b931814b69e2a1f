package org.medmassage.referral.prescription;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a referral may be used on, both inclusive (MN-04). The session count is the other limit (MN-05); it is
 * counted where visits are consumed (authorization), not here.
 */
public record ValidityWindow(LocalDate validFrom, LocalDate validTo) {

    public ValidityWindow {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
    }

    /**
     * MN-04 with durationAnchor = DATE_WRITTEN: the referral runs from the day it was written, for its duration or the
     * payer's maximum referral age, whichever ends first. Both count the anchor day as day 1, so "6 weeks" from
     * 2026-03-02 is 42 days, 2026-03-02 … 2026-04-12, and a 90-day maximum age ends on day 90.
     */
    public static ValidityWindow of(LocalDate issuedOn, int durationWeeks, int maxReferralAgeDays) {
        if (durationWeeks < 1 || maxReferralAgeDays < 1) {
            throw new IllegalArgumentException("duration and maximum age are at least one unit");
        }
        LocalDate byDuration = lastDay(issuedOn, durationWeeks * 7L);
        LocalDate byAge = lastDay(issuedOn, maxReferralAgeDays);
        return new ValidityWindow(issuedOn, byDuration.isBefore(byAge) ? byDuration : byAge);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    private static LocalDate lastDay(LocalDate anchor, long days) {
        return anchor.plusDays(days - 1);
    }
}
