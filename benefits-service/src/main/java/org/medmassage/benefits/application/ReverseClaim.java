package org.medmassage.benefits.application;

import java.time.LocalDate;
import java.util.UUID;
import org.medmassage.benefits.accumulator.Reversal;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * CS-07: a voided claim gives back every accumulator posting and its counted visit; the rows stay in the ledger with
 * reversed_at stamped, so the member's statement still shows them. Announced as AccumulatorsReversed.
 */
@Service
public class ReverseClaim {

    private static final Logger log = LoggerFactory.getLogger(ReverseClaim.class);

    private final Coverages coverages;
    private final Ledgers ledgers;
    private final Outbox outbox;

    public ReverseClaim(Coverages coverages, Ledgers ledgers, Outbox outbox) {
        this.coverages = coverages;
        this.ledgers = ledgers;
        this.outbox = outbox;
    }

    /** ClaimVoided; must run inside a unit of work (the listener's). A voided claim never posts again. */
    public Mono<Void> onClaimVoided(ClaimVoided event, UUID causationId) {
        String claimId = event.claimId();
        String memberId = event.memberId();
        LocalDate dateOfService = event.dateOfService();
        Mono<Void> serialized = dateOfService == null ? coverages.findByMember(memberId).flatMap(ledgers::serialize)
                : coverages.findForDate(memberId, dateOfService).flatMap(ledgers::serialize);
        return serialized
                .then(ledgers.markVoided(claimId, memberId))
                .then(reverseRows(claimId, memberId, causationId))
                .doOnSuccess(ignored -> log.info("claim {} voided", claimId));
    }

    /** Deactivates the claim's active rows, if any, and announces what they held. Caller holds the accumulator lock. */
    Mono<Void> reverseRows(String claimId, String memberId, UUID causationId) {
        return ledgers.reverse(claimId)
                .filter(reversal -> !reversal.isEmpty())
                .flatMap(reversal -> outbox.append(reversed(memberId, reversal), causationId))
                .then();
    }

    private static AccumulatorsReversed reversed(String memberId, Reversal reversal) {
        return new AccumulatorsReversed(reversal.claimId(), memberId, reversal.dateOfService(), reversal.deductible(),
                reversal.outOfPocket(), reversal.visits());
    }
}
