package org.medmassage.benefits.costshare;

import java.util.Optional;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/**
 * RULEBOOK §5.2 step 0 (provider/network status), §5.3 Example 4: a plan without out-of-network benefits (HMO/EPO)
 * denies a non-participating provider's whole visit PR-242, "services not provided by network/primary care
 * providers"; the member chose the provider, so the charge is the patient's (decision 0058).
 */
public final class NetworkBenefitPolicy {

    public Optional<CodedRejection> check(BenefitPlan plan, NetworkTier tier) {
        if (tier == NetworkTier.OUT_OF_NETWORK && !plan.coversOutOfNetwork()) {
            return Optional.of(new CodedRejection(AdjustmentGroup.PR, "242", null, "plan " + plan.planId()
                    + " has no out-of-network benefit: services by a provider outside its network are not covered"));
        }
        return Optional.empty();
    }
}
