package org.medmassage.benefits.application;

import java.time.LocalDate;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.accumulator.LedgerEntry;
import org.medmassage.benefits.plan.PlanYear;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A member's accumulators for the plan year that contains a date (CS-03), summed from the ledger, against the plan
 * version in effect on that date; the member's and the family's figures (CS-04).
 */
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
    public Mono<MemberBenefits> asOf(String memberId, LocalDate asOf) {
        return coverages.findForDate(memberId, asOf)
                .filter(coverage -> coverage.coversOn(asOf))
                .flatMap(coverage -> plans.findEffective(coverage.planId(), asOf).flatMap(plan -> {
                    PlanYear year = plan.planYearOf(asOf);
                    return coverages.accumulationWindow(coverage, year, asOf)
                            .flatMap(window -> ledgers.load(coverage, window, plan.visits().benefitGroup()))
                            .map(ledger -> new MemberBenefits(coverage,
                                    Accumulators.of(plan, year, ledger, coverage.isFamilyCoverage())));
                }));
    }

    /** Every posting of the member with its claim, reversed ones included. */
    public Flux<LedgerEntry> ledger(String memberId) {
        return ledgers.history(memberId);
    }
}
