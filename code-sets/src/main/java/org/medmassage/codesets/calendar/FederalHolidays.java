package org.medmassage.codesets.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The US federal holidays of 5 U.S.C. 6103(a), on the day they are observed: a holiday on a Saturday is kept the Friday
 * before, one on a Sunday the Monday after (5 U.S.C. 6103(b), Executive Order 11582). Juneteenth counts from 2021,
 * when it was enacted; Inauguration Day is a holiday only around Washington, DC, and is left out.
 */
public final class FederalHolidays {

    /** Juneteenth National Independence Day Act, signed 2021-06-17. */
    static final int FIRST_JUNETEENTH = 2021;

    private FederalHolidays() {
    }

    public static boolean isHoliday(LocalDate day) {
        // New Year's Day on a Saturday is observed on Dec 31 of the year before
        return observedIn(day.getYear()).contains(day) || observedIn(day.getYear() + 1).contains(day);
    }

    /** The days observed for the holidays of {@code year}, in date order (one may fall on Dec 31 of the year before). */
    public static List<LocalDate> observedIn(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
        days.add(nth(3, DayOfWeek.MONDAY, year, Month.JANUARY)); // Birthday of Martin Luther King, Jr.
        days.add(nth(3, DayOfWeek.MONDAY, year, Month.FEBRUARY)); // Washington's Birthday
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= FIRST_JUNETEENTH) {
            days.add(observed(LocalDate.of(year, Month.JUNE, 19)));
        }
        days.add(observed(LocalDate.of(year, Month.JULY, 4)));
        days.add(nth(1, DayOfWeek.MONDAY, year, Month.SEPTEMBER)); // Labor Day
        days.add(nth(2, DayOfWeek.MONDAY, year, Month.OCTOBER)); // Columbus Day
        days.add(observed(LocalDate.of(year, Month.NOVEMBER, 11))); // Veterans Day
        days.add(nth(4, DayOfWeek.THURSDAY, year, Month.NOVEMBER)); // Thanksgiving Day
        days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return List.copyOf(days);
    }

    private static LocalDate nth(int ordinal, DayOfWeek day, int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }
}
