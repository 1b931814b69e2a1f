package org.medmassage.claims.application;

import java.util.UUID;
import org.medmassage.claims.estimate.GoodFaithEstimate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The Good Faith Estimates issued (ALT-04), read like a collection; an estimate is kept as it was issued. */
public interface GoodFaithEstimates {

    Mono<Void> add(GoodFaithEstimate estimate);

    Mono<GoodFaithEstimate> find(UUID estimateId);

    /** The member's estimates, the latest issued first. */
    Flux<GoodFaithEstimate> ofMember(String memberId);
}
