package org.medmassage.authorization.application;

import java.time.Instant;
import java.util.UUID;
import org.medmassage.authorization.usage.BilledVisit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Billed visits waiting for their member's coverage ({@link AuthorizeVisit}). */
public interface VisitsAwaitingCoverage {

    /** A waiting visit, the SessionBilled it answers and until when it may wait. */
    record AwaitingVisit(BilledVisit visit, UUID causationId, Instant decideBy) {
    }

    /** Starts the wait; a redelivered SessionBilled keeps the first deadline. */
    Mono<Void> add(BilledVisit visit, UUID causationId, Instant decideBy);

    /** The member's waiting visits, in the order they were billed. */
    Flux<AwaitingVisit> ofMember(String memberId);

    /** The visits whose wait is over at {@code now}, longest overdue first. */
    Flux<AwaitingVisit> overdue(Instant now, int limit);

    /** Ends the wait; false if the visit was not waiting (another instance decided it first). */
    Mono<Boolean> remove(String claimId);
}
