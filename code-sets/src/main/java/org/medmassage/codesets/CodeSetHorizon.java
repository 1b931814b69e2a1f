package org.medmassage.codesets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How far ahead a code set answers, seen from today: the dates of service of the last loaded release end on
 * {@code lastDay}; from the next day every code is refused DX-01 until {@code nextRelease} is loaded. Operations are
 * warned {@link #WARNING_DAYS} days ahead, in time to load CMS's files (published each summer for Oct 1).
 */
public record CodeSetHorizon(String codeSet, String lastRelease, LocalDate lastDay, FiscalYear nextRelease,
        LocalDate today) {

    public static final int WARNING_DAYS = 90;

    /** Dates of service still answered, today included; 0 once the last release has ended. */
    public long daysRemaining() {
        return Math.max(0, ChronoUnit.DAYS.between(today, lastDay) + 1);
    }

    public boolean endingSoon() {
        return daysRemaining() <= WARNING_DAYS;
    }

    /** What an operator must do, once the end is within {@link #WARNING_DAYS} days; empty before. */
    public Optional<String> warning() {
        if (!endingSoon()) {
            return Optional.empty();
        }
        String load = "load CMS's " + nextRelease + " " + codeSet + " release into code-sets (icd10cm_releases.tsv)";
        if (daysRemaining() == 0) {
            return Optional.of(codeSet + " ended with " + lastRelease + " on " + lastDay + ": every code dated from "
                    + lastDay.plusDays(1) + " is refused DX-01; " + load);
        }
        return Optional.of(codeSet + " ends in " + daysRemaining() + " days, with " + lastRelease + " on " + lastDay
                + ": " + load + " before " + lastDay.plusDays(1) + ", or every code dated from then on is refused DX-01");
    }
}
