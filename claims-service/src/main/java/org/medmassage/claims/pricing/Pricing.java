package org.medmassage.claims.pricing;

import java.math.BigDecimal;
import java.util.Optional;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * CS-01 step 1: allowed = fee per unit × units, from the provider's contract when it is in network and from the
 * plan's out-of-network maximum allowable otherwise. The allowed amount never exceeds the charge: CO-45/PR-45 is
 * "charge exceeds fee schedule", and a payer never allows more than was billed.
 */
public final class Pricing {

    private final OutOfNetworkFeeSchedule outOfNetwork;

    public Pricing(OutOfNetworkFeeSchedule outOfNetwork) {
        this.outOfNetwork = outOfNetwork;
    }

    public LinePrice price(Provider provider, String procedureCode, int units, BigDecimal charge) {
        Optional<BigDecimal> feePerUnit = provider.inNetwork()
                ? provider.contractedRate(procedureCode)
                : outOfNetwork.maxAllowable(procedureCode);
        if (feePerUnit.isEmpty()) {
            return new LinePrice.Unpriced(noFee(provider, procedureCode));
        }
        BigDecimal allowed = Money.times(feePerUnit.get(), units);
        return new LinePrice.Allowed(allowed.min(Money.scaled(charge)));
    }

    // CS-01 step 0 "benefit exists (else PR-204/CO-96)": with no fee for the code the service is a non-covered charge;
    // CO because the gap is in the payer's contract data, not something the patient chose; N130 points to plan terms.
    private static CodedRejection noFee(Provider provider, String procedureCode) {
        String reason = provider.inNetwork()
                ? "provider " + provider.npi() + " has no contracted rate for " + procedureCode
                : "the out-of-network fee schedule has no maximum allowable for " + procedureCode;
        return new CodedRejection(AdjustmentGroup.CO, "96", "N130", reason);
    }
}
