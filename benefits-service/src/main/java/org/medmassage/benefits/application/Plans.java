package org.medmassage.benefits.application;

import org.medmassage.benefits.plan.BenefitPlan;
import reactor.core.publisher.Mono;

/** The benefit plans, as a collection. */
public interface Plans {

    /** Creates or replaces the plan with this id. */
    Mono<BenefitPlan> save(BenefitPlan plan);

    /** Empty when no such plan. */
    Mono<BenefitPlan> findById(String planId);
}
