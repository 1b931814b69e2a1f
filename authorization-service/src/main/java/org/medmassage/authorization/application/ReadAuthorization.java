package org.medmassage.authorization.application;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads one authorization with its visits used and its re-evaluation (MN-06). */
@Service
public class ReadAuthorization {

    private final Authorizations authorizations;
    private final VisitConsumption consumption;
    private final ReEvaluations reEvaluations;

    public ReadAuthorization(Authorizations authorizations, VisitConsumption consumption, ReEvaluations reEvaluations) {
        this.authorizations = authorizations;
        this.consumption = consumption;
        this.reEvaluations = reEvaluations;
    }

    /** Empty when there is no such authorization. */
    public Mono<AuthorizationView> byId(String authorizationId) {
        return authorizations.findById(authorizationId)
                .flatMap(authorization -> consumption.findByAuthorization(authorization.id().value())
                        .flatMap(visits -> GatedDecisions.view(reEvaluations, authorization, visits.size())));
    }
}
