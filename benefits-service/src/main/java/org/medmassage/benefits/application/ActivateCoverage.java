package org.medmassage.benefits.application;

import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Sets a member's coverage and announces it with the plan's terms, in one unit of work. */
@Service
public class ActivateCoverage {

    private final Plans plans;
    private final Coverages coverages;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;

    public ActivateCoverage(Plans plans, Coverages coverages, Outbox outbox, UnitOfWork unitOfWork) {
        this.plans = plans;
        this.coverages = coverages;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
    }

    /** Fails with {@link UnknownPlanException} when the plan is not registered. */
    public Mono<Coverage> activate(Coverage coverage) {
        return unitOfWork.execute(plans.findById(coverage.planId())
                .switchIfEmpty(Mono.error(() -> new UnknownPlanException(coverage.planId())))
                .flatMap(plan -> coverages.save(coverage)
                        .flatMap(saved -> outbox.append(CoverageAnnouncements.activated(saved, plan), null))
                        .thenReturn(coverage)));
    }
}
