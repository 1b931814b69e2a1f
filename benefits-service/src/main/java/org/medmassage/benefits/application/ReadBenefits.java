package org.medmassage.benefits.application;

import java.time.LocalDate;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.plan.PlanYear;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A member's accumulators for the plan year that contains a date (CS-03), summed from the ledger. */
@Service
public class ReadBenefits {

    private final Plans plans;
    private final Coverages coverages;
    private final Ledgers ledgers;

    public ReadBenefits(Plans plans, Coverages coverages, Ledgers ledgers) {
        this.plans = plans;
        this.coverages = coverages;
        this.ledgers = ledgers;
    }

    /** Empty when the member is not covered on that date. */
    public Mono<Accumulators> asOf(String memberId, LocalDate asOf) {
        return coverages.findByMember(memberId)
                .filter(coverage -> coverage.coversOn(asOf))
                .flatMap(coverage -> plans.findById(coverage.planId()))
                .flatMap(plan -> {
                    PlanYear year = plan.planYearOf(asOf);
                    return ledgers.load(memberId, year).map(ledger -> Accumulators.of(plan, year, ledger));
                });
    }
}
