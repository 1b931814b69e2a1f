package org.medmassage.authorization.application;

import java.util.Optional;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.AuthorizationIntake;
import org.medmassage.authorization.reevaluation.ReEvaluation;
import reactor.core.publisher.Mono;

/** A decision cut at its MN-06 gate starts the wait for a progress report; read back with the authorization. */
final class GatedDecisions {

    private GatedDecisions() {
    }

    static Mono<Void> record(ReEvaluations reEvaluations, AuthorizationIntake.Received received) {
        return received.reEvaluation().map(reEvaluations::save).orElse(Mono.empty());
    }

    static Mono<AuthorizationView> view(ReEvaluations reEvaluations, Authorization authorization, int visitsUsed) {
        return reEvaluations.findByAuthorization(authorization.id()).map(Optional::of).defaultIfEmpty(Optional.empty())
                .map(reEvaluation -> new AuthorizationView(authorization, visitsUsed, reEvaluation));
    }
}
