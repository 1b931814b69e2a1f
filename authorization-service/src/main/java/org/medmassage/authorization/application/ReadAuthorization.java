package org.medmassage.authorization.application;

import org.medmassage.authorization.persistence.AuthorizationsR2dbcRepository;
import org.medmassage.authorization.persistence.VisitConsumptionR2dbcRepository;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads one authorization with its visits used. */
@Service
public class ReadAuthorization {

    private final AuthorizationsR2dbcRepository authorizations;
    private final VisitConsumptionR2dbcRepository consumption;

    public ReadAuthorization(AuthorizationsR2dbcRepository authorizations, VisitConsumptionR2dbcRepository consumption) {
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
