package org.medmassage.claims.application;

import java.util.List;
import java.util.UUID;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Saga step 5 when benefits answers BenefitLimitReached: the visit is denied (CS-06), the lines the plan does not
 * cover with their own code, the covered ones PR-119 and any denied before cost share keep CO-284 (Example 6d), so
 * every line is denied and the claim ends DENIED.
 */
@Service
public class DenyOverVisitLimit {

    private final ClaimSaga saga;
    private final Providers providers;

    public DenyOverVisitLimit(ClaimSaga saga, Providers providers) {
        this.saga = saga;
        this.providers = providers;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onBenefitLimitReached(BenefitLimitReached event, UUID causationId) {
        CodedRejection limit = BenefitDenials.visitLimit(event);
        List<UncoveredLine> notCovered = BenefitDenials.notCovered(event.notCoveredLines());
        // the notice names the self-pay price of the visit the plan will not pay (issue 15 item 7)
        return saga.advanceLoading(event.claimId(), ClaimStatus.IN_PROCESS, causationId,
                claim -> claim.denyVisit(limit, notCovered),
                claim -> ClaimEvents.claimAdjudicatedWithWayForward(claim, providers));
    }
}
