package org.medmassage.authorization.application;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads one authorization with its visits used, its re-evaluation (MN-06) and when it expired or was exhausted. */
@Service
public class ReadAuthorization {

    private final Authorizations authorizations;
    private final VisitConsumption consumption;
    private final ReEvaluations reEvaluations;
    private final AuthorizationLifecycle lifecycle;

    public ReadAuthorization(Authorizations authorizations, VisitConsumption consumption, ReEvaluations reEvaluations,
            AuthorizationLifecycle lifecycle) {
        this.authorizations = authorizations;
        this.consumption = consumption;
        this.reEvaluations = reEvaluations;
        this.lifecycle = lifecycle;
    }

    /** Empty when there is no such authorization. */
    public Mono<AuthorizationView> byId(String authorizationId) {
        return authorizations.findById(authorizationId)
                .flatMap(authorization -> consumption.findByAuthorization(authorization.id().value())
                        .flatMap(visits -> GatedDecisions.view(reEvaluations, authorization, visits.size()))
                        .zipWith(lifecycle.endsOf(authorization.id()), AuthorizationView::withEnds));
    }
}
