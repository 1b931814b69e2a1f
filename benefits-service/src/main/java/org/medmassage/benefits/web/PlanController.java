package org.medmassage.benefits.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.medmassage.benefits.application.AnnualLimitsProperties;
import org.medmassage.benefits.application.Plans;
import org.medmassage.benefits.application.RegisterPlan;
import org.medmassage.benefits.plan.AnnualLimits;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.PlanValidator;
import org.medmassage.benefits.plan.PlanYear;
import org.medmassage.support.web.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class PlanController {

    private static final Logger log = LoggerFactory.getLogger(PlanController.class);

    private final RegisterPlan registerPlan;
    private final Plans plans;
    private final Clock clock;

    private final PlanValidator validator;

    PlanController(RegisterPlan registerPlan, Plans plans, Clock clock, AnnualLimitsProperties annualLimits) {
        this.registerPlan = registerPlan;
        this.plans = plans;
        this.clock = clock;
        this.validator = new PlanValidator(annualLimits.table());
    }

    @PutMapping("/plans/{planId}")
    Mono<PlanResponse> register(@PathVariable String planId, @Valid @RequestBody PlanBody body) {
        return Mono.fromCallable(() -> body.toPlan(planId, LocalDate.now(clock), validator))
                .flatMap(plan -> {
                    Integer checkedYear = checkedYear(plan);
                    return registerPlan.register(plan, checkedYear).map(saved -> PlanResponse.of(saved, checkedYear));
                });
    }

    /** The latest version, or with asOf the version in effect on that date. */
    @GetMapping("/plans/{planId}")
    Mono<PlanResponse> plan(@PathVariable String planId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return (asOf == null ? plans.findById(planId) : plans.findEffective(planId, asOf))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("plan", planId)))
                .flatMap(plan -> plans.annualLimitsYear(plan)
                        .map(year -> PlanResponse.of(plan, year))
                        .defaultIfEmpty(PlanResponse.of(plan, null)));
    }

    /** The year whose ACA/HSA limits the plan's first plan year was checked against; null (and a warning) if none. */
    private Integer checkedYear(BenefitPlan plan) {
        PlanYear firstYear = PlanBody.firstPlanYear(plan, LocalDate.now(clock));
        Integer year = validator.limitsFor(firstYear).map(AnnualLimits::year).orElse(null);
        if (year == null) {
            log.warn("plan {}: no ACA/HSA limits are known for the plan year starting {}; configure "
                    + "medmassage.benefits.annual-limits.{} to check them", plan.planId(), firstYear.start(),
                    firstYear.start().getYear());
        }
        return year;
    }
}
