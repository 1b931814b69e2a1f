package org.medmassage.claims.application;

import java.util.List;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.authorization.VisitAuthorized;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Saga step 3: the visit is authorized, so the claim goes IN_PROCESS and asks benefits for cost share — for the lines
 * whose codes the authorization covers; the others are denied CO-284 and kept for the remittance (PA-05, Example 6d),
 * like the lines billed without the referral the plan requires (CO-288, MN-01).
 */
@Service
public class StartCostShare {

    private final ClaimSaga saga;

    public StartCostShare(ClaimSaga saga) {
        this.saga = saga;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onVisitAuthorized(VisitAuthorized event, UUID causationId) {
        // null: a producer from before the field, meaning every billed code is authorized
        List<String> notAuthorized = event.procedureCodesNotAuthorized() == null ? List.of()
                : event.procedureCodesNotAuthorized();
        // null: a producer from before MN-01 was checked, meaning no line lacks a referral
        List<String> withoutReferral = event.procedureCodesWithoutReferral() == null ? List.of()
                : event.procedureCodesWithoutReferral();
        return saga.advance(event.claimId(), ClaimStatus.RECEIVED, causationId,
                claim -> claim.startProcessing(notAuthorized, withoutReferral, event.authorizationNumber()),
                StartCostShare::announce);
    }

    // a claim with no line left for benefits was denied at once: its remittance is the answer
    private static DomainEvent announce(Claim claim) {
        return claim.status() == ClaimStatus.IN_PROCESS ? ClaimEvents.costShareRequested(claim)
                : ClaimEvents.claimAdjudicated(claim);
    }
}
