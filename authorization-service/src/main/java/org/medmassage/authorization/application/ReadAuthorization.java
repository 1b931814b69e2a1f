package org.medmassage.authorization.application;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads one authorization with its visits used. */
@Service
public class ReadAuthorization {

    private final Authorizations authorizations;
    private final VisitConsumption consumption;

    public ReadAuthorization(Authorizations authorizations, VisitConsumption consumption) {
        this.authorizations = authorizations;
        this.consumption = consumption;
    }

    /** Empty when there is no such authorization. */
    public Mono<AuthorizationView> byId(String authorizationId) {
        return authorizations.findById(authorizationId)
                .flatMap(authorization -> consumption.findByAuthorization(authorization.id().value())
                        .map(visits -> new AuthorizationView(authorization, visits.size())));
    }
}
