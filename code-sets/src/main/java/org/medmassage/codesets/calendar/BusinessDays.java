package org.medmassage.codesets.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Business days: Monday to Friday, except the federal holidays as observed ({@link FederalHolidays}). Counting follows
 * the regulations' "N business days after" a day: the day itself is not counted, the N-th business day after it is the
 * last one (a Wednesday before Thanksgiving, plus one business day, is the Friday).
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !FederalHolidays.isHoliday(day);
    }

    /** The {@code count}-th business day after {@code day} (not counting {@code day}); {@code day} itself for 0. */
    public static LocalDate after(LocalDate day, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count of business days is not negative: " + count);
        }
        LocalDate next = day;
        for (int counted = 0; counted < count; ) {
            next = next.plusDays(1);
            if (isBusinessDay(next)) {
                counted++;
            }
        }
        return next;
    }

    /**
     * How many business days after {@code from} the day {@code to} is: the business days in ({@code from}, {@code to}],
     * so {@code after(from, n)} is on or before {@code to} exactly when the answer is at least n; 0 when {@code to} is
     * not after {@code from}.
     */
    public static int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }
}
