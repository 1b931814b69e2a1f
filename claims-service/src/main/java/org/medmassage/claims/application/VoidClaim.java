package org.medmassage.claims.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * CS-07: an adjudicated claim is cancelled and ClaimVoided announced in one transaction; benefits reverses its
 * postings, authorization gives its visit back, the patient is told. A claim voided already is answered as it is,
 * announced once only. A claim still being adjudicated is refused ({@code ClaimTransitionRefused}).
 */
@Service
public class VoidClaim {

    private static final Logger log = LoggerFactory.getLogger(VoidClaim.class);

    private final UnitOfWork unitOfWork;
    private final Outbox outbox;
    private final Claims claims;
    private final Clock clock;

    public VoidClaim(UnitOfWork unitOfWork, Outbox outbox, Claims claims, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
        this.claims = claims;
        this.clock = clock;
    }

    /** The voided claim, or empty when there is no such claim. */
    public Mono<Claim> voidClaim(UUID claimId, String reason) {
        return unitOfWork.execute(claims.find(claimId).flatMap(claim -> voidOnce(claim, reason)));
    }

    private Mono<Claim> voidOnce(Claim claim, String reason) {
        if (claim.status() == ClaimStatus.VOIDED) {
            return Mono.just(claim);
        }
        return voidWithin(claim, new Voiding(reason, now()))
                .switchIfEmpty(Mono.defer(() -> concurrentlyVoided(claim)));
    }

    /**
     * Inside the caller's unit of work: the claim voided and ClaimVoided appended, or empty when a concurrent void
     * committed first (then nothing is written). A claim still being adjudicated is refused.
     */
    Mono<Claim> voidWithin(Claim claim, Voiding voiding) {
        if (claim.status() == ClaimStatus.VOIDED) {
            return Mono.empty();
        }
        Claim voided = claim.voidWith(voiding);
        return claims.recordVoid(claim.status(), voided)
                .filter(stored -> stored)
                .flatMap(stored -> outbox.append(ClaimEvents.claimVoided(voided), null).thenReturn(voided));
    }

    // PostgreSQL keeps microseconds: the answer then shows the time exactly as a later read does
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A concurrent void committed first: its claim is the answer, and its event the only one. */
    private Mono<Claim> concurrentlyVoided(Claim claim) {
        log.info("claim {} was voided by a concurrent request", claim.id());
        return claims.find(claim.id());
    }
}
