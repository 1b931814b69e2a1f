package org.medmassage.authorization.application;

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

    Mono<Authorization> findById(String authorizationId);

    /** Pended requests waiting for this referral, oldest first: they are decided in the order they arrived. */
    Flux<PendedAuthorization> pendedFor(String referralId);

    /** The member's approved (A1) and partially approved (A2) authorizations. */
    Flux<ApprovedAuthorization> certifiedFor(String memberId);

    /** Visits already certified on a referral by other requests (MN-05 across authorizations). */
    Mono<Integer> sessionsCertifiedOn(String referralId);
}
