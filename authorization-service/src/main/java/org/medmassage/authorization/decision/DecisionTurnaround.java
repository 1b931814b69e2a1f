package org.medmassage.authorization.decision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * PA-02: when a request must be decided. Expedited: {@code receivedAt + expedited}, a span of hours. Standard: the
 * end of the N-th calendar day after the day of receipt, days counted on the payer's calendar (its time zone), so
 * "7 calendar days" means the same local deadline whatever the hour of receipt, across month ends and DST (§6.3,
 * decision 0062).
 */
public record DecisionTurnaround(Duration expedited, int standardCalendarDays, ZoneId payerZone) {

    /** The payer's zone when none is configured: the one the factories without a zone use. */
    public static final ZoneId DEFAULT_PAYER_ZONE = ZoneId.of("America/New_York");

    // the last millisecond of the day: PostgreSQL keeps microseconds, and a due date read back must equal the one stored
    private static final Duration LAST_MOMENT = Duration.ofMillis(1);

    public DecisionTurnaround {
        Objects.requireNonNull(expedited, "expedited");
        Objects.requireNonNull(payerZone, "payerZone");
        if (expedited.isNegative() || expedited.isZero() || standardCalendarDays < 1) {
            throw new IllegalArgumentException("decision clocks must be positive");
        }
    }

    /** Employer (ERISA) group plans, the usual commercial case: urgent pre-service 72 h, pre-service ≤ 15 days. */
    public static DecisionTurnaround erisaGroupPlan(ZoneId payerZone) {
        return new DecisionTurnaround(Duration.ofHours(72), 15, payerZone);
    }

    public static DecisionTurnaround erisaGroupPlan() {
        return erisaGroupPlan(DEFAULT_PAYER_ZONE);
    }

    /** CMS-0057-F impacted payers from 2026-01-01: expedited 72 h, standard 7 calendar days. */
    public static DecisionTurnaround cmsImpactedPayer(ZoneId payerZone) {
        return new DecisionTurnaround(Duration.ofHours(72), 7, payerZone);
    }

    public static DecisionTurnaround cmsImpactedPayer() {
        return cmsImpactedPayer(DEFAULT_PAYER_ZONE);
    }

    public Instant dueAt(Instant receivedAt, Priority priority) {
        if (priority == Priority.EXPEDITED) {
            return receivedAt.plus(expedited);
        }
        LocalDate lastDay = receivedAt.atZone(payerZone).toLocalDate().plusDays(standardCalendarDays);
        return lastDay.plusDays(1).atStartOfDay(payerZone).toInstant().minus(LAST_MOMENT);
    }
}
