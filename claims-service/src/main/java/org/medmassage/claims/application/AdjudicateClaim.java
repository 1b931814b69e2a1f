package org.medmassage.claims.application;

import java.util.List;
import java.util.UUID;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.CostShare;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Saga step 5: benefits split the covered lines and named the ones the plan does not cover, so the claim is
 * adjudicated (PAID, or PARTIALLY_PAID with those lines and any denied CO-284 before cost share) and its remittance
 * announced.
 */
@Service
public class AdjudicateClaim {

    private final ClaimSaga saga;

    public AdjudicateClaim(ClaimSaga saga) {
        this.saga = saga;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onCostShareApplied(CostShareApplied event, UUID causationId) {
        List<CostShare> costShares = event.lines().stream().map(AdjudicateClaim::costShare).toList();
        List<UncoveredLine> notCovered = BenefitDenials.notCovered(event.notCoveredLines());
        return saga.advance(event.claimId(), ClaimStatus.IN_PROCESS, causationId,
                claim -> claim.adjudicate(costShares, notCovered), ClaimEvents::claimAdjudicated);
    }

    private static CostShare costShare(LineCostShare line) {
        return new CostShare(line.lineNumber(), line.deductible(), line.copay(), line.coinsurance(), line.planPaid(),
                line.priorPayerPaid(), line.overLimit());
    }
}
