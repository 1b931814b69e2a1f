package org.medmassage.claims.application;

import java.util.UUID;
import org.medmassage.claims.estimate.DisputeEligibilityPolicy;
import org.medmassage.claims.estimate.FinalBill;
import org.medmassage.claims.estimate.GoodFaithEstimate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A Good Faith Estimate with its final bill as it stands (ALT-04): the provider's self-paid sessions in the estimate's
 * period, by how much they exceed it, and whether the patient may dispute the bill. Judged at each read, so a session
 * billed later shows at once.
 */
@Service
public class ReadGoodFaithEstimates {

    /** An estimate and the bill measured against it. */
    public record BilledEstimate(GoodFaithEstimate estimate, FinalBill finalBill) {
    }

    private final GoodFaithEstimates estimates;
    private final SelfPaidBills bills;

    public ReadGoodFaithEstimates(GoodFaithEstimates estimates, SelfPaidBills bills) {
        this.estimates = estimates;
        this.bills = bills;
    }

    public Mono<BilledEstimate> find(UUID estimateId) {
        return estimates.find(estimateId).flatMap(this::billed);
    }

    public Flux<BilledEstimate> ofMember(String memberId) {
        return estimates.ofMember(memberId).concatMap(this::billed);
    }

    private Mono<BilledEstimate> billed(GoodFaithEstimate estimate) {
        return bills.of(estimate.memberId(), estimate.provider().npi()).collectList()
                .map(visits -> new BilledEstimate(estimate, DisputeEligibilityPolicy.judge(estimate, visits)));
    }
}
