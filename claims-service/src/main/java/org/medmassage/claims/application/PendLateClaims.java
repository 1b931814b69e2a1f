package org.medmassage.claims.application;

import java.time.Clock;
import java.time.Duration;
import org.medmassage.claims.adjudication.AwaitedReply;
import org.medmassage.support.outbox.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A claim whose answer has not come within the reply timeout is PENDED with the step and the service it waits for,
 * where operators see it ({@code GET /claims?status=PENDED}, {@code medmassage_claims_pending}); it moves on when the
 * answer comes (the saga takes a pended claim's answer as the step's).
 */
@Service
public class PendLateClaims {

    private static final Logger log = LoggerFactory.getLogger(PendLateClaims.class);

    private final ClaimsInWaiting waiting;
    private final PendClaim pendClaim;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PendLateClaims(ClaimsInWaiting waiting, PendClaim pendClaim, UnitOfWork unitOfWork, Clock clock) {
        this.waiting = waiting;
        this.pendClaim = pendClaim;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Pends up to {@code limit} late claims, each in a unit of work of its own; answers how many it pended. */
    public Mono<Long> pendLate(Duration replyTimeout, int limit) {
        return waiting.late(clock.instant().minus(replyTimeout), limit)
                .concatMap(late -> AwaitedReply.inStep(late.step())
                        .map(awaited -> unitOfWork.execute(pendClaim.onLateAnswer(late.claimId(), awaited, replyTimeout))
                                // the answer came meanwhile and moved the claim on: nothing to pend
                                .onErrorResume(e -> {
                                    log.debug("claim {} not pended: {}", late.claimId(), e.toString());
                                    return Mono.just(false);
                                }))
                        .orElse(Mono.just(false)))
                .filter(Boolean::booleanValue)
                .count();
    }
}
