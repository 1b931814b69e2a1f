package org.medmassage.authorization.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The payer's calendar: which day it is, and when a day begins, in the payer's time zone (PA-02, decision 0062). */
public record PayerCalendar(ZoneId zone) {

    public PayerCalendar {
        Objects.requireNonNull(zone, "zone");
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
