package org.medmassage.benefits.application;

import java.time.Clock;
import java.time.LocalDate;
import org.medmassage.benefits.plan.AnnualLimits;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.PlanValidator;
import org.medmassage.benefits.plan.PlanYear;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Creates or replaces a plan version, recording whose ACA/HSA limits (RULEBOOK §5.1) it was checked against. Members
 * already covered by it are announced again (CoverageActivated), so services that act on its terms (pre-auth,
 * referral, visit limit) never keep stale ones.
 */
@Service
public class RegisterPlan {

    private static final Logger log = LoggerFactory.getLogger(RegisterPlan.class);

    private final Plans plans;
    private final Coverages coverages;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PlanValidator validator;

    public RegisterPlan(Plans plans, Coverages coverages, Outbox outbox, UnitOfWork unitOfWork, Clock clock,
                        AnnualLimitsProperties annualLimits) {
        this.plans = plans;
        this.coverages = coverages;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.validator = new PlanValidator(annualLimits.table());
    }

    /** The rules a plan must pass before it is registered, with the limits known to this service. */
    public PlanValidator validator() {
        return validator;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code annualLimitsYear} of the result: null when no limits were known for the version's first plan year. */
    public Mono<RegisteredPlan> register(BenefitPlan plan) {
        Integer checkedYear = checkedYear(plan);
        return unitOfWork.execute(plans.save(plan, checkedYear)
                .thenMany(coverages.findByPlan(plan.planId()))
                .concatMap(coverage -> outbox.append(CoverageAnnouncements.activated(coverage, plan), null))
                .then(Mono.just(new RegisteredPlan(plan, checkedYear))));
    }

    private Integer checkedYear(BenefitPlan plan) {
        PlanYear firstYear = plan.firstPlanYear(today());
        Integer year = validator.limitsFor(firstYear).map(AnnualLimits::year).orElse(null);
        if (year == null) {
            log.warn("plan {}: no ACA/HSA limits are known for the plan year starting {}; configure "
                    + "medmassage.benefits.annual-limits.{} to check them", plan.planId(), firstYear.start(),
                    firstYear.start().getYear());
        }
        return year;
    }
}
