package org.medmassage.claims.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.medmassage.claims.adjudication.ClaimStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The claims whose saga waits: those late for an answer, and the pended ones, read for operators. */
public interface ClaimsInWaiting {

    /** A claim still waiting in a saga step (RECEIVED, IN_PROCESS) since before {@code receivedBefore}. */
    record Late(UUID claimId, ClaimStatus step) {
    }

    /** One page of the pended claims, oldest first, and how many there are in all. */
    record PendedPage(List<UUID> claimIds, long total) {
    }

    /** Claims that entered the saga step they wait in before {@code inStepBefore}, longest waiting first. */
    Flux<Late> late(Instant inStepBefore, int limit);

    Mono<PendedPage> pended(int page, int size);

    /** How many claims are PENDED, by the step they wait in. */
    Mono<Map<ClaimStatus, Long>> pendedByStep();
}
