package org.medmassage.claims.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The plan's maximum allowable per unit for non-participating providers (RULEBOOK §5.1, Example 4). */
public record OutOfNetworkFeeSchedule(Map<String, BigDecimal> maxAllowablePerUnit) {

    public static final OutOfNetworkFeeSchedule EMPTY = new OutOfNetworkFeeSchedule(Map.of());

    public OutOfNetworkFeeSchedule {
        maxAllowablePerUnit = Map.copyOf(maxAllowablePerUnit);
        maxAllowablePerUnit.forEach((code, rate) -> {
            if (rate.signum() < 0) {
                throw new IllegalArgumentException("negative maximum allowable for " + code + ": " + rate);
            }
        });
    }

    public Optional<BigDecimal> maxAllowable(String procedureCode) {
        return Optional.ofNullable(maxAllowablePerUnit.get(procedureCode));
    }
}
