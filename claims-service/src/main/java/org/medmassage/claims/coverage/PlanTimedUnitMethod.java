package org.medmassage.claims.coverage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.medmassage.claims.coding.TimedUnitMethod;

/**
 * RULEBOOK §4.2 (CPT-01/CPT-02, "per payer"): a claim's minutes become units by the method of the member's plan on the
 * date of service. Coverage not known here yet (CoverageActivated still on its way), or a plan that does not say,
 * falls back to the payer's configured default (decision 0059).
 */
public final class PlanTimedUnitMethod {

    private final TimedUnitMethod fallback;

    public PlanTimedUnitMethod(TimedUnitMethod fallback) {
        this.fallback = fallback;
    }

    /** The latest coverage period in effect on the date decides, as a later period replaces an earlier one. */
    public TimedUnitMethod on(List<CoverageTerms> coverage, LocalDate dateOfService) {
        return coverage.stream()
                .filter(terms -> terms.isEffectiveOn(dateOfService))
                .max(Comparator.comparing(CoverageTerms::effectiveFrom))
                .map(CoverageTerms::timedUnitMethod)
                .orElse(fallback);
    }
}
