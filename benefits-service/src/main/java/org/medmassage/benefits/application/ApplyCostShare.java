package org.medmassage.benefits.application;

import java.util.Optional;
import java.util.UUID;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.costshare.Adjudication;
import org.medmassage.benefits.costshare.BenefitAdjudicator;
import org.medmassage.benefits.costshare.CostShareRequest;
import org.medmassage.benefits.coverage.Enrollment;
import org.medmassage.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Saga step 4: load the member's enrollment and the ledger of the plan year the DOS selects, decide, post the rows,
 * append the events. Runs inside the consumer's unit of work (inbox row, ledger rows and outbox rows commit together).
 */
@Service
public class ApplyCostShare {

    private static final Logger log = LoggerFactory.getLogger(ApplyCostShare.class);

    private final Plans plans;
    private final Coverages coverages;
    private final Ledgers ledgers;
    private final Outbox outbox;
    private final BenefitAdjudicator adjudicator = new BenefitAdjudicator();

    public ApplyCostShare(Plans plans, Coverages coverages, Ledgers ledgers, Outbox outbox) {
        this.plans = plans;
        this.coverages = coverages;
        this.ledgers = ledgers;
        this.outbox = outbox;
    }

    /** Must run inside a unit of work (the listener's). */
    public Mono<Void> apply(CostShareRequest request, UUID causationId) {
        // the inbox stops a redelivered event; this stops a new request for a claim already posted from posting twice
        return ledgers.hasPosted(request.claimId()).flatMap(posted -> {
            if (posted) {
                log.warn("claim {} already has ledger rows; cost share not applied again", request.claimId());
                return Mono.empty();
            }
            return enrollment(request.memberId())
                    .flatMap(enrollment -> ledgerFor(request, enrollment)
                            .map(ledger -> adjudicator.adjudicate(request, enrollment, ledger)))
                    .flatMap(adjudication -> record(request, adjudication, causationId));
        });
    }

    private Mono<Optional<Enrollment>> enrollment(String memberId) {
        return coverages.findByMember(memberId)
                .flatMap(coverage -> plans.findById(coverage.planId()).map(plan -> new Enrollment(coverage, plan)))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    private Mono<Ledger> ledgerFor(CostShareRequest request, Optional<Enrollment> enrollment) {
        return enrollment
                .map(enrolled -> ledgers.load(request.memberId(), enrolled.plan().planYearOf(request.dateOfService())))
                .orElseGet(() -> Mono.just(Ledger.empty()));
    }

    private Mono<Void> record(CostShareRequest request, Adjudication adjudication, UUID causationId) {
        Mono<Void> rows = adjudication instanceof Adjudication.Applied applied
                ? ledgers.append(request.memberId(), applied.postings(), applied.visits())
                : Mono.empty();
        return rows.then(outbox.appendAll(CostShareEvents.of(request, adjudication), causationId));
    }
}
