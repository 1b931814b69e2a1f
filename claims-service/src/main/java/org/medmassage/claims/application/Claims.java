package org.medmassage.claims.application;

import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The claims, read like a collection. */
public interface Claims {

    Mono<Claim> find(UUID claimId);

    /** The member's claims, newest date of service first, at most {@code limit}. */
    Flux<UUID> idsOfMember(String memberId, int limit);

    Mono<Void> add(Claim claim);

    /** Stores the claim's next state, only if it is still {@code from}: a lost race fails instead of overwriting. */
    Mono<Void> recordTransition(ClaimStatus from, Claim next);

    /** Stores a void, only if the claim is still {@code from}: false when another request changed it first. */
    Mono<Boolean> recordVoid(ClaimStatus from, Claim voided);
}
