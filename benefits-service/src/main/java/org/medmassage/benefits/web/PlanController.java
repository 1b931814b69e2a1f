package org.medmassage.benefits.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.medmassage.benefits.application.Plans;
import org.medmassage.benefits.application.RegisterPlan;
import org.medmassage.support.web.ResourceNotFoundException;
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

    private final RegisterPlan registerPlan;
    private final Plans plans;

    PlanController(RegisterPlan registerPlan, Plans plans) {
        this.registerPlan = registerPlan;
        this.plans = plans;
    }

    @PutMapping("/plans/{planId}")
    Mono<PlanResponse> register(@PathVariable String planId, @Valid @RequestBody PlanBody body) {
        return Mono.fromCallable(() -> body.toRegistration(planId))
                .flatMap(registerPlan::register)
                .map(registered -> PlanResponse.of(registered.plan(), registered.annualLimitsYear()));
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
}
