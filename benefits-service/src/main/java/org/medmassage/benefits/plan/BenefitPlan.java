package org.medmassage.benefits.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.medmassage.events.NetworkTier;

/**
 * A benefit plan's terms for medical massage. The visit limit is the combined rehab limit per plan year (CS-06);
 * in- and out-of-network terms are separate buckets (CS-05).
 */
public record BenefitPlan(
        String planId,
        MonthDay planYearStart,
        boolean preAuthRequired,
        boolean referralRequired,
        int visitLimit,
        TierTerms inNetwork,
        TierTerms outOfNetwork) {

    public BenefitPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(planYearStart, "planYearStart");
        Objects.requireNonNull(inNetwork, "inNetwork");
        Objects.requireNonNull(outOfNetwork, "outOfNetwork");
        if (visitLimit < 0) {
            throw new IllegalArgumentException("visitLimit must not be negative");
        }
    }

    public TierTerms terms(NetworkTier tier) {
        return tier == NetworkTier.IN_NETWORK ? inNetwork : outOfNetwork;
    }

    /** CS-03: the plan year the date of service falls in. */
    public PlanYear planYearOf(LocalDate dateOfService) {
        return PlanYear.containing(planYearStart, dateOfService);
    }
}
