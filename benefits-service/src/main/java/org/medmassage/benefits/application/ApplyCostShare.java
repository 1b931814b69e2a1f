package org.medmassage.benefits.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.accumulator.VisitPosting;
import org.medmassage.benefits.costshare.Adjudication;
import org.medmassage.benefits.costshare.BenefitAdjudicator;
import org.medmassage.benefits.costshare.CostShareRequest;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.PayerType;
import org.medmassage.benefits.pip.PersonalInjuryProtection;
import org.medmassage.benefits.pip.PipDecision;
import org.medmassage.benefits.coverage.Enrollment;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Saga step 4: load the member's coverage, the plan version in effect on the DOS and the ledger of the plan year the
 * DOS selects (CS-03), decide, post the rows, append the events. Runs inside the consumer's unit of work (inbox row,
 * ledger rows and outbox rows commit together), serialized on the member's — or family's — accumulators.
 */
@Service
public class ApplyCostShare {

    private static final Logger log = LoggerFactory.getLogger(ApplyCostShare.class);

    private final Plans plans;
    private final Coverages coverages;
    private final Ledgers ledgers;
    private final Outbox outbox;
    private final ReverseClaim reverseClaim;
    private final BenefitAdjudicator adjudicator;
    private final PersonalInjuryProtection pip;

    public ApplyCostShare(Plans plans, Coverages coverages, Ledgers ledgers, Outbox outbox, ReverseClaim reverseClaim,
                          BenefitAdjudicator adjudicator, PersonalInjuryProtection pip) {
        this.adjudicator = adjudicator;
        this.pip = pip;
        this.plans = plans;
        this.coverages = coverages;
        this.ledgers = ledgers;
        this.outbox = outbox;
        this.reverseClaim = reverseClaim;
    }

    /** Must run inside a unit of work (the listener's); a request missing what CS-01 needs is malformed. */
    public Mono<Void> onCostShareRequested(CostShareRequested event, UUID causationId) {
        return apply(CostShareRequests.toDomain(event), causationId);
    }

    private Mono<Void> apply(CostShareRequest request, UUID causationId) {
        Mono<Coverage> payer = request.billedToAutoPip()
                ? coverages.findForDate(request.memberId(), PayerType.AUTO_PIP, request.pipAccident().date())
                : coverages.findForDate(request.memberId(), request.dateOfService());
        return payer
                .flatMap(coverage -> ledgers.serialize(coverage).thenReturn(Optional.of(coverage)))
                .defaultIfEmpty(Optional.empty())
                .flatMap(coverage -> ledgers.standing(request.claimId()).flatMap(standing -> {
                    if (standing.voided()) {
                        log.warn("claim {} was voided; its cost share is not applied", request.claimId());
                        return Mono.empty();
                    }
                    Mono<Void> applied = request.billedToAutoPip() ? payByPip(request, coverage, causationId)
                            : adjudicate(request, coverage, causationId);
                    // CS-07: a claim processed again first gives back what it posted, so it never counts twice
                    return standing.posted()
                            ? reverseClaim.reverseRows(request.claimId(), request.memberId(), causationId).then(applied)
                            : applied;
                }));
    }

    // RULEBOOK §7.3 (decision 0074): auto PIP pays first, from the accident's limit; its own ledger, no accumulators
    private Mono<Void> payByPip(CostShareRequest request, Optional<Coverage> coverage, UUID causationId) {
        return ledgers.pipPaid(request.memberId(), request.pipAccident().date())
                .map(paidBefore -> pip.adjudicate(request, coverage, paidBefore))
                .flatMap(decision -> {
                    Mono<Void> rows = decision instanceof PipDecision.Paid paid && paid.paid().signum() > 0
                            ? ledgers.appendPip(request.memberId(), request.claimId(), request.pipAccident().date(),
                                    request.dateOfService(), paid.paid())
                            : Mono.empty();
                    return rows.then(outbox.append(CostShareEvents.of(request, decision), causationId));
                })
                .then();
    }

    private Mono<Void> adjudicate(CostShareRequest request, Optional<Coverage> coverage, UUID causationId) {
        if (coverage.isEmpty()) {
            return record(request, adjudicator.adjudicate(request, Optional.empty(), Ledger.empty()), null,
                    causationId);
        }
        Coverage held = coverage.get();
        return plans.findEffective(held.planId(), request.dateOfService())
                .map(plan -> new Enrollment(held, plan))
                .flatMap(enrollment -> ledgerOn(enrollment, request.dateOfService())
                        .map(ledger -> adjudicator.adjudicate(request, Optional.of(enrollment), ledger))
                        .flatMap(adjudication -> record(request, adjudication, enrollment, causationId)));
    }

    /** The rows that count with the date of service: its plan year (CS-03), cut where accumulators restart. */
    private Mono<Ledger> ledgerOn(Enrollment enrollment, LocalDate dateOfService) {
        BenefitPlan plan = enrollment.plan();
        return coverages.accumulationWindow(enrollment.coverage(), plan.planYearOf(dateOfService), dateOfService)
                .flatMap(window -> ledgers.load(enrollment.coverage(), window, plan.visits().benefitGroup()));
    }

    private Mono<Void> record(CostShareRequest request, Adjudication adjudication, Enrollment enrollment,
                              UUID causationId) {
        Mono<Void> rows = Mono.empty();
        if (adjudication instanceof Adjudication.Applied applied) {
            BenefitPlan plan = enrollment.plan();
            rows = ledgers.append(enrollment.coverage(), plan.visits().benefitGroup(),
                    new VisitPosting(request.claimId(), request.dateOfService()), applied.postings(), applied.visits());
        }
        return rows.then(outbox.appendAll(CostShareEvents.of(request, adjudication), causationId)).then();
    }
}
