package org.medmassage.claims.application;

import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.events.authorization.VisitAuthorized;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Saga step 3: the visit is authorized, so the claim goes IN_PROCESS and asks benefits for cost share. */
@Service
public class StartCostShare {

    private final ClaimSaga saga;

    public StartCostShare(ClaimSaga saga) {
        this.saga = saga;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onVisitAuthorized(VisitAuthorized event, UUID causationId) {
        return saga.advance(event.claimId(), ClaimStatus.RECEIVED, causationId, Claim::startProcessing,
                ClaimEvents::costShareRequested);
    }
}
