package org.medmassage.benefits.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medmassage.benefits.plan.PlanYear;

/**
 * The dates of service whose postings count toward a coverage period's accumulators (CS-03): the plan year, cut at
 * every period of the member that starts the accumulators afresh instead of carrying them over (a mid-year plan change
 * without deductible credit). A period after such a restart counts from it; a period before it stops the day before.
 */
public record AccumulationWindow(LocalDate start, LocalDate end) {

    public AccumulationWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static AccumulationWindow of(PlanYear year, Coverage period, List<Coverage> periodsOfMember) {
        LocalDate start = year.start();
        LocalDate end = year.end();
        for (Coverage other : periodsOfMember) {
            LocalDate restart = other.effectiveFrom();
            if (other.carryOverAccumulators() || !year.contains(restart)) {
                continue;
            }
            if (!restart.isAfter(period.effectiveFrom()) && restart.isAfter(start)) {
                start = restart;
            } else if (restart.isAfter(period.effectiveFrom()) && restart.minusDays(1).isBefore(end)) {
                end = restart.minusDays(1);
            }
        }
        if (!period.carryOverAccumulators() && year.contains(period.effectiveFrom())
                && period.effectiveFrom().isAfter(start)) {
            start = period.effectiveFrom();
        }
        return new AccumulationWindow(start, end);
    }

    public boolean contains(LocalDate dateOfService) {
        return !dateOfService.isBefore(start) && !dateOfService.isAfter(end);
    }
}
