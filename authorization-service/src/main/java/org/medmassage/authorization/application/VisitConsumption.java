package org.medmassage.authorization.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.usage.ConsumedVisit;
import reactor.core.publisher.Mono;

/**
 * The visits used on authorizations (PA-04): one visit per authorization and date of service, held by one claim,
 * and every claim standing on it.
 */
public interface VisitConsumption {

    /** A date's visit newly used, held by this claim. */
    Mono<Void> add(AuthorizationId authorization, LocalDate dateOfService, String claimId);

    /** The claim stands on the date's visit; a claim already standing on it is not recorded twice. */
    Mono<Void> stand(AuthorizationId authorization, LocalDate dateOfService, String claimId);

    /** The claim no longer stands on the date's visit (denied or voided). */
    Mono<Void> leave(AuthorizationId authorization, LocalDate dateOfService, String claimId);

    /** The date's visit now counts for this claim, which stood on it already. */
    Mono<Void> passTo(AuthorizationId authorization, LocalDate dateOfService, String claimId);

    /** The date's visit is given back. */
    Mono<Void> remove(AuthorizationId authorization, LocalDate dateOfService);

    /** The visits used on each of a member's authorizations, by authorization id. */
    Mono<Map<String, List<ConsumedVisit>>> byAuthorizationOf(String memberId);

    /** The authorization whose visit the claim stands on, if any. */
    Mono<String> authorizationStoodOnBy(String claimId);

    Mono<List<ConsumedVisit>> findByAuthorization(String authorizationId);
}
