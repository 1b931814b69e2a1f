package org.medmassage.claims.application;

import java.util.List;
import java.util.UUID;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.CostShare;
import org.medmassage.events.benefit.CostShareApplied;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Saga step 5: benefits split every line, so the claim is adjudicated and its remittance announced. */
@Service
public class AdjudicateClaim {

    private final ClaimSaga saga;

    public AdjudicateClaim(ClaimSaga saga) {
        this.saga = saga;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onCostShareApplied(CostShareApplied event, UUID causationId) {
        List<CostShare> costShares = event.lines().stream()
                .map(line -> new CostShare(line.lineNumber(), line.deductible(), line.copay(), line.coinsurance(),
                        line.planPaid()))
                .toList();
        return saga.advance(event.claimId(), ClaimStatus.IN_PROCESS, causationId,
                claim -> claim.adjudicate(costShares), ClaimEvents::claimAdjudicated);
    }
}
