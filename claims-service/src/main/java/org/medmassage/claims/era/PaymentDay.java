package org.medmassage.claims.era;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The calendar day a remittance belongs to: the UTC day of the moment the claim was decided or voided, as every
 * stored time of the platform is UTC. {@code paidOn=2026-03-10} is [2026-03-10T00:00Z, 2026-03-11T00:00Z).
 */
public final class PaymentDay {

    private PaymentDay() {
    }

    public static LocalDate of(Instant moment) {
        return moment.atZone(ZoneOffset.UTC).toLocalDate();
    }

    public static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static Instant end(LocalDate day) {
        return start(day.plusDays(1));
    }
}
