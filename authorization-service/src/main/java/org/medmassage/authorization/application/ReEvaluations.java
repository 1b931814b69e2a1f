package org.medmassage.authorization.application;

import java.time.Instant;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.reevaluation.ProgressReport;
import org.medmassage.authorization.reevaluation.ReEvaluation;
import reactor.core.publisher.Mono;

/** Authorizations cut at their MN-06 gate, and the progress reports received on them. */
public interface ReEvaluations {

    /** Where the authorization's re-evaluation stands; replaces what was recorded. */
    Mono<Void> save(ReEvaluation reEvaluation);

    /** Empty for an authorization never cut at a gate. */
    Mono<ReEvaluation> findByAuthorization(AuthorizationId authorizationId);

    Mono<Void> addReport(AuthorizationId authorizationId, ProgressReport report, Instant receivedAt);
}
