package org.medmassage.benefits.application;

import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Creates or replaces a plan. Members already covered by it are announced again (CoverageActivated), so services
 * that act on its terms (pre-auth, referral, visit limit) never keep stale ones.
 */
@Service
public class RegisterPlan {

    private final Plans plans;
    private final Coverages coverages;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;

    public RegisterPlan(Plans plans, Coverages coverages, Outbox outbox, UnitOfWork unitOfWork) {
        this.plans = plans;
        this.coverages = coverages;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
    }

    /** {@code annualLimitsYear}: whose ACA/HSA limits the plan was checked against; null when none were known. */
    public Mono<BenefitPlan> register(BenefitPlan plan, Integer annualLimitsYear) {
        return unitOfWork.execute(plans.save(plan, annualLimitsYear)
                .thenMany(coverages.findByPlan(plan.planId()))
                .concatMap(coverage -> outbox.append(CoverageAnnouncements.activated(coverage, plan), null))
                .then(Mono.just(plan)));
    }
}
