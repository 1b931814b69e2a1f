package org.medmassage.benefits.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/** One accumulator period, [start, end] inclusive. */
public record PlanYear(LocalDate start, LocalDate end) {

    public PlanYear {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("plan year ends before it starts");
        }
    }

    /**
     * CS-03: the date of service, never the processing date, selects the plan year; it resets on the plan-year start
     * (calendar or fiscal). A 02-29 start falls on 02-28 in common years.
     */
    public static PlanYear containing(MonthDay planYearStart, LocalDate dateOfService) {
        LocalDate start = planYearStart.atYear(dateOfService.getYear());
        if (start.isAfter(dateOfService)) {
            start = planYearStart.atYear(dateOfService.getYear() - 1);
        }
        LocalDate nextStart = planYearStart.atYear(start.getYear() + 1);
        return new PlanYear(start, nextStart.minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
