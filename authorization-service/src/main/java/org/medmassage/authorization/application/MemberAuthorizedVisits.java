package org.medmassage.authorization.application;

import java.util.List;
import java.util.Map;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.usage.AuthorizedVisits;
import org.medmassage.authorization.usage.ConsumedVisit;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A member's certified authorizations, each with the visits already used on it (PA-04). */
@Component
class MemberAuthorizedVisits {

    private final Authorizations authorizations;
    private final VisitConsumption consumption;

    MemberAuthorizedVisits(Authorizations authorizations, VisitConsumption consumption) {
        this.authorizations = authorizations;
        this.consumption = consumption;
    }

    Mono<List<AuthorizedVisits>> of(String memberId) {
        return authorizations.certifiedFor(memberId).collectList()
                .flatMap(certified -> consumption.byAuthorizationOf(memberId)
                        .map(used -> withVisits(certified, used)));
    }

    private static List<AuthorizedVisits> withVisits(List<ApprovedAuthorization> certified,
            Map<String, List<ConsumedVisit>> used) {
        return certified.stream()
                .map(auth -> new AuthorizedVisits(auth, used.getOrDefault(auth.id().value(), List.of())))
                .toList();
    }
}
