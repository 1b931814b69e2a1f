package org.medmassage.claims.application;

import org.medmassage.claims.estimate.BilledVisit;
import reactor.core.publisher.Flux;

/** The self-paid sessions a provider billed a member (decision 0073), as a Good Faith Estimate's final bill reads them. */
public interface SelfPaidBills {

    /** The member's self-pay claims at that rendering provider that were paid (not voided), any date of service. */
    Flux<BilledVisit> of(String memberId, String renderingProviderNpi);
}
