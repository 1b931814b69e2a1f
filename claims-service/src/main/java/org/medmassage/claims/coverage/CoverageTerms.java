package org.medmassage.claims.coverage;

import java.time.LocalDate;
import java.util.Objects;
import org.medmassage.claims.coding.TimedUnitMethod;

/**
 * The plan terms intake needs, from CoverageActivated: how the member's plan counts timed units, and when.
 * {@code timedUnitMethod} null: the plan did not say (an announcement from before the field existed).
 */
public record CoverageTerms(
        String memberId,
        String planId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        TimedUnitMethod timedUnitMethod) {

    public CoverageTerms {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** An open-ended coverage ({@code effectiveTo == null}) runs until it is replaced. */
    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
