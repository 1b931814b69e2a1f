package org.medmassage.benefits.application;

import java.time.Clock;
import java.time.LocalDate;
import org.medmassage.benefits.plan.AnnualLimits;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.PlanDecision;
import org.medmassage.benefits.plan.PlanPolicy;
import org.medmassage.benefits.plan.PlanRegistration;
import org.medmassage.benefits.plan.PlanYear;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.medmassage.support.web.RequestRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Creates or replaces a plan version that {@link PlanPolicy} accepts (else a 422 naming every problem), recording
 * whose ACA/HSA limits (RULEBOOK §5.1) it was checked against. Members already covered by it are announced again
 * (CoverageActivated), so services that act on its terms (pre-auth, referral, visit limit) never keep stale ones.
 */
@Service
public class RegisterPlan {

    private static final Logger log = LoggerFactory.getLogger(RegisterPlan.class);

    private final Plans plans;
    private final Coverages coverages;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PlanPolicy policy;

    public RegisterPlan(Plans plans, Coverages coverages, Outbox outbox, UnitOfWork unitOfWork, Clock clock,
                        PlanPolicy policy) {
        this.plans = plans;
        this.coverages = coverages;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.policy = policy;
    }

    /** {@code annualLimitsYear} of the result: null when no limits were known for the version's first plan year. */
    public Mono<RegisteredPlan> register(PlanRegistration registration) {
        return Mono.defer(() -> {
            LocalDate today = LocalDate.now(clock);
            PlanDecision decision = policy.decide(registration, today);
            if (decision instanceof PlanDecision.Refused refused) {
                return Mono.error(RequestRejectedException.unprocessable("Plan cannot be registered",
                        refused.problems()));
            }
            PlanDecision.Accepted accepted = (PlanDecision.Accepted) decision;
            return save(accepted.plan(), checkedYear(accepted, today));
        });
    }

    private Mono<RegisteredPlan> save(BenefitPlan plan, Integer checkedYear) {
        return unitOfWork.execute(plans.save(plan, checkedYear)
                .thenMany(coverages.findByPlan(plan.planId()))
                .concatMap(coverage -> outbox.append(CoverageAnnouncements.activated(coverage, plan), null))
                .then(Mono.just(new RegisteredPlan(plan, checkedYear))));
    }

    private static Integer checkedYear(PlanDecision.Accepted accepted, LocalDate today) {
        Integer year = accepted.checkedAgainst().map(AnnualLimits::year).orElse(null);
        if (year == null) {
            PlanYear firstYear = accepted.plan().firstPlanYear(today);
            log.warn("plan {}: no ACA/HSA limits are known for the plan year starting {}; configure "
                    + "medmassage.benefits.annual-limits.{} to check them", accepted.plan().planId(), firstYear.start(),
                    firstYear.start().getYear());
        }
        return year;
    }
}
