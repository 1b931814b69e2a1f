package org.medmassage.benefits.application;

import java.time.LocalDate;
import org.medmassage.benefits.plan.BenefitPlan;
import reactor.core.publisher.Mono;

/** The benefit plans, as a collection of versions. */
public interface Plans {

    /**
     * Adds the version (or replaces the one starting the same day); a dateless version replaces every version.
     * {@code annualLimitsYear}: whose ACA/HSA limits it was checked against; null when none were known.
     */
    Mono<BenefitPlan> save(BenefitPlan plan, Integer annualLimitsYear);

    /** The year whose ACA/HSA limits the version was checked against when registered; empty when none. */
    Mono<Integer> annualLimitsYear(BenefitPlan version);

    /** The latest version; empty when no such plan. */
    Mono<BenefitPlan> findById(String planId);

    /** The version in effect on the date (a date of service); empty when no such plan. */
    Mono<BenefitPlan> findEffective(String planId, LocalDate date);
}
