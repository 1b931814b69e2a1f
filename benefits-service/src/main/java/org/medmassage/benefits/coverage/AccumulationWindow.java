package org.medmassage.benefits.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medmassage.benefits.plan.PlanYear;

/**
 * The dates of service whose postings count together with a given date's (CS-03): its plan year, cut at every coverage
 * period that starts the accumulators afresh instead of carrying them over (a mid-year plan change without deductible
 * credit). In family coverage a restart of any member's period restarts the family's accumulators, so every member
 * sees the same family balances (CS-04).
 */
public record AccumulationWindow(LocalDate start, LocalDate end) {

    public AccumulationWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** {@code periods}: the member's coverage periods, and in family coverage those of the whole family. */
    public static AccumulationWindow of(PlanYear year, LocalDate dateOfService, List<Coverage> periods) {
        LocalDate start = year.start();
        LocalDate end = year.end();
        for (Coverage period : periods) {
            LocalDate restart = period.effectiveFrom();
            if (period.carryOverAccumulators() || !year.contains(restart)) {
                continue;
            }
            if (!restart.isAfter(dateOfService) && restart.isAfter(start)) {
                start = restart;
            } else if (restart.isAfter(dateOfService) && restart.minusDays(1).isBefore(end)) {
                end = restart.minusDays(1);
            }
        }
        return new AccumulationWindow(start, end);
    }
}
