package org.medmassage.claims.application;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.medmassage.claims.adjudication.AwaitedReply;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The answer a claim waits for came and cannot be used (it does not decode, its remittance would not balance): the
 * claim is PENDED with the reason, where an operator sees it, instead of waiting in RECEIVED or IN_PROCESS for good.
 * A claim that is no longer waiting in that step (decided meanwhile, or already pended) is left as it is.
 */
@Service
public class PendClaim {

    private static final Logger log = LoggerFactory.getLogger(PendClaim.class);

    private final Claims claims;
    private final Clock clock;

    public PendClaim(Claims claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    /** The answer the claim waits for is late (the saga's reply timeout); runs inside the caller's unit of work. */
    public Mono<Boolean> onLateAnswer(UUID claimId, AwaitedReply awaited, Duration waited) {
        return onUnusableAnswer(claimId, awaited.step(), awaited.lateReason(waited));
    }

    /** Runs inside the caller's unit of work; true when the claim was pended by this call. */
    public Mono<Boolean> onUnusableAnswer(UUID claimId, ClaimStatus step, String reason) {
        return claims.find(claimId)
                .filter(claim -> claim.status() == step)
                .flatMap(claim -> claims.recordTransition(step, claim.pend(reason, clock.instant()))
                        .doOnSuccess(done -> log.warn("claim {} PENDED in {}: {}", claimId, step, reason))
                        .thenReturn(true))
                .defaultIfEmpty(false);
    }
}
