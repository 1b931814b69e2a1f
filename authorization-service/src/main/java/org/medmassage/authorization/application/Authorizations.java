package org.medmassage.authorization.application;

import java.time.Instant;
import java.util.Optional;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.PendedAuthorization;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The prior authorizations, read like a collection. */
public interface Authorizations {

    Mono<Void> add(Authorization authorization);

    /** Records the decision of a pended request; only a row still pended is changed. */
    Mono<Void> recordDecision(Authorization decided);

    /** Records a certified authorization's next block, or its rest denied, after a progress report (MN-06). */
    Mono<Void> recordReEvaluation(ApprovedAuthorization reEvaluated);

    /** Records a certified authorization's extension (PA-06): its decision and the visits now requested. */
    Mono<Void> recordExtension(ApprovedAuthorization extended);

    Mono<Authorization> findById(String authorizationId);

    /** Pended requests waiting for this referral, oldest first: they are decided in the order they arrived. */
    Flux<PendedAuthorization> pendedFor(String referralId);

    /**
     * The reviewer's queue: pended requests due before {@code dueBefore} (all when empty), oldest deadline first
     * (PA-02), then oldest received; {@code offset} rows skipped, at most {@code limit}.
     */
    Flux<PendedAuthorization> pendedDueBefore(Optional<Instant> dueBefore, long offset, int limit);

    /** How many requests the queue holds in all, for the same filter. */
    Mono<Long> countPendedDueBefore(Optional<Instant> dueBefore);

    /** The member's approved (A1) and partially approved (A2) authorizations. */
    Flux<ApprovedAuthorization> certifiedFor(String memberId);

    /** Visits already certified on a referral by other requests (MN-05 across authorizations). */
    Mono<Integer> sessionsCertifiedOn(String referralId);
}
