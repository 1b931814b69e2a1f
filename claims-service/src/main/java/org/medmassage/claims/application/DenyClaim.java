package org.medmassage.claims.application;

import java.util.UUID;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.codesets.remittance.CodedRejection;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The whole visit is denied for one reason: by authorization before cost share (PA-05, from RECEIVED) or by benefits
 * (CostShareDenied, e.g. eligibility; from IN_PROCESS). Every line carries the reason for its full charge, except
 * lines denied CO-284 before cost share, which keep it (PA-05, Example 6d). The visit limit (CS-06) is
 * {@link DenyOverVisitLimit}: lines the plan does not cover keep their own reason there.
 */
@Service
public class DenyClaim {

    private final ClaimSaga saga;

    public DenyClaim(ClaimSaga saga) {
        this.saga = saga;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> deny(String claimId, ClaimStatus expected, CodedRejection rejection, UUID causationId) {
        return saga.advance(claimId, expected, causationId, claim -> claim.denyVisit(rejection),
                ClaimEvents::claimAdjudicated);
    }
}
