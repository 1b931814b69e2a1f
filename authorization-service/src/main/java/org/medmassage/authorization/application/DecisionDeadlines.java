package org.medmassage.authorization.application;

import java.time.Instant;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.decision.PendedAuthorization;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the deadline sweep has done to pended requests (PA-02): each request warned once and counted breached once. */
public interface DecisionDeadlines {

    /** A pended request not yet found overdue, and whether the reviewer queue was warned of it. */
    record Watched(PendedAuthorization pended, boolean warned) {
    }

    /** How many pended requests are due within the warning window, and how many are past their deadline. */
    record PendedDue(long dueSoon, long overdue) {
    }

    /** Pended requests not yet found overdue and due by {@code horizon}, earliest deadline first. */
    Flux<Watched> dueBy(Instant horizon, int limit);

    /** Flags the warning; false when another sweep did, or the request is no longer pended. */
    Mono<Boolean> markWarned(AuthorizationId id, Instant now);

    /** Flags the breach; false when another sweep did, or the request is no longer pended. */
    Mono<Boolean> markBreached(AuthorizationId id, Instant now);

    Mono<PendedDue> countPended(Instant now, Instant horizon);
}
