package org.medmassage.authorization.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * PA-02: a request must be decided by {@code receivedAt + clock(priority)}. The clocks depend on the payer type (and
 * state law), so they are configuration; the factories name the two federal regimes the rulebook cites (§6.3).
 */
public record DecisionTurnaround(Duration expedited, Duration standard) {

    public DecisionTurnaround {
        Objects.requireNonNull(expedited, "expedited");
        Objects.requireNonNull(standard, "standard");
        if (expedited.isNegative() || expedited.isZero() || standard.isNegative() || standard.isZero()) {
            throw new IllegalArgumentException("decision clocks must be positive");
        }
    }

    /** Employer (ERISA) group plans, the usual commercial case: urgent pre-service 72 h, pre-service ≤ 15 days. */
    public static DecisionTurnaround erisaGroupPlan() {
        return new DecisionTurnaround(Duration.ofHours(72), Duration.ofDays(15));
    }

    /** CMS-0057-F impacted payers from 2026-01-01: expedited 72 h, standard 7 calendar days. */
    public static DecisionTurnaround cmsImpactedPayer() {
        return new DecisionTurnaround(Duration.ofHours(72), Duration.ofDays(7));
    }

    public Instant dueAt(Instant receivedAt, Priority priority) {
        return receivedAt.plus(priority == Priority.EXPEDITED ? expedited : standard);
    }
}
