package org.medmassage.claims.pricing;

import java.math.BigDecimal;
import java.util.Optional;
import org.medmassage.codesets.money.Money;

/**
 * RULEBOOK §7.4 (decision 0073): a self-paid line costs the rendering provider's cash rate per unit × units, never an
 * insurance contract rate; like every price it never exceeds the charge. Empty when the provider offers no cash rate
 * for the code: the line cannot be self-paid.
 */
public final class SelfPayPricing {

    private SelfPayPricing() {
    }

    public static Optional<BigDecimal> cashPrice(Provider provider, String procedureCode, int units,
            BigDecimal charge) {
        return provider.cashRate(procedureCode)
                .map(rate -> Money.times(rate, units).min(Money.scaled(charge)));
    }
}
