package org.medmassage.claims.application;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.events.DomainEvent;
import org.medmassage.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One hop of the claim saga inside the caller's unit of work: load the claim, check it waits for this hop, move it,
 * store it and announce the result. A hop that does not apply (unknown claim, or a claim already past this step, e.g.
 * a replay with a new event id) changes nothing: the inbox only catches replays of the same event. A PENDED claim
 * still waits for the answer of the step it was pended in, and takes it.
 */
@Component
class ClaimSaga {

    private static final Logger log = LoggerFactory.getLogger(ClaimSaga.class);

    private final Claims claims;
    private final Outbox outbox;

    ClaimSaga(Claims claims, Outbox outbox) {
        this.claims = claims;
        this.outbox = outbox;
    }

    Mono<Void> advance(String claimId, ClaimStatus expected, UUID causationId, Function<Claim, Claim> transition,
            Function<Claim, DomainEvent> announcement) {
        return advanceLoading(claimId, expected, causationId, transition, next -> Mono.just(announcement.apply(next)));
    }

    /** As {@link #advance}, with an announcement that reads what it needs first (e.g. the provider's cash rates). */
    Mono<Void> advanceLoading(String claimId, ClaimStatus expected, UUID causationId,
            Function<Claim, Claim> transition, Function<Claim, Mono<DomainEvent>> announcement) {
        Optional<UUID> id = parse(claimId);
        if (id.isEmpty()) {
            log.warn("ignoring a saga event for {}: not a claim id of this service", claimId);
            return Mono.empty();
        }
        return claims.find(id.get())
                .switchIfEmpty(Mono.fromRunnable(() -> log.warn("ignoring a saga event for unknown claim {}", claimId)))
                .filter(claim -> waitsFor(claim, expected))
                .flatMap(claim -> {
                    Claim next = transition.apply(claim);
                    return claims.recordTransition(claim.status(), next)
                            .then(announcement.apply(next))
                            .flatMap(event -> outbox.append(event, causationId));
                })
                .then();
    }

    private static boolean waitsFor(Claim claim, ClaimStatus expected) {
        if (claim.waitsFor(expected)) {
            return true;
        }
        log.info("claim {} is {}, not {}: event ignored", claim.id(), claim.status(), expected);
        return false;
    }

    private static Optional<UUID> parse(String claimId) {
        try {
            return Optional.of(UUID.fromString(claimId));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
