package org.medmassage.benefits.web;

import jakarta.validation.Valid;
import org.medmassage.benefits.application.Plans;
import org.medmassage.benefits.application.RegisterPlan;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
        return Mono.fromCallable(() -> body.toPlan(planId))
                .flatMap(registerPlan::register)
                .map(PlanResponse::of);
    }

    @GetMapping("/plans/{planId}")
    Mono<PlanResponse> plan(@PathVariable String planId) {
        return plans.findById(planId)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("plan", planId)))
                .map(PlanResponse::of);
    }
}
