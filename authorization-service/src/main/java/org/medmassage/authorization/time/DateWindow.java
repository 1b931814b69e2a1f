package org.medmassage.authorization.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** An inclusive range of calendar dates: both ends are days on which the window applies (PA-03: DOS ∈ [start, end]). */
public record DateWindow(LocalDate from, LocalDate to) {

    public DateWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends " + to + " before it starts " + from);
        }
    }

    public static DateWindow of(LocalDate from, LocalDate to) {
        return new DateWindow(from, to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Calendar days in the window, counting both ends: the most visits it can hold at one visit per DOS (PA-04). */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same end, starting no earlier than {@code date}; empty when {@code date} is after the end. */
    public Optional<DateWindow> startingNoEarlierThan(LocalDate date) {
        if (date.isAfter(to)) {
            return Optional.empty();
        }
        return Optional.of(new DateWindow(date.isAfter(from) ? date : from, to));
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
