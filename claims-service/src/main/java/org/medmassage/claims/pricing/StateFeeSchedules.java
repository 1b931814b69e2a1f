package org.medmassage.claims.pricing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * The workers' compensation fee schedules by state (RULEBOOK §7.2, CS-01 step 1 "WC/PIP: state fee schedule"): the
 * fee per unit of each procedure code in each state that has one here. A workers' comp line is allowed fee × units,
 * never more than its charge; the carrier pays all of it and the rest is written off.
 */
public final class StateFeeSchedules {

    /** One row of a schedule: in {@code state}, {@code procedureCode} is paid {@code feePerUnit} a unit. */
    public record Fee(String state, String procedureCode, BigDecimal feePerUnit) {
        public Fee {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(procedureCode, "procedureCode");
            feePerUnit = Money.scaled(feePerUnit);
            if (feePerUnit.signum() < 0) {
                throw new IllegalArgumentException("negative fee for " + procedureCode + " in " + state);
            }
        }
    }

    private final Map<String, Map<String, BigDecimal>> byState;

    public StateFeeSchedules(List<Fee> fees) {
        Map<String, Map<String, BigDecimal>> states = new HashMap<>();
        for (Fee fee : fees) {
            BigDecimal earlier = states.computeIfAbsent(fee.state(), state -> new HashMap<>())
                    .put(fee.procedureCode(), fee.feePerUnit());
            if (earlier != null) {
                throw new IllegalArgumentException("two fees for " + fee.procedureCode() + " in " + fee.state());
            }
        }
        this.byState = Map.copyOf(states);
    }

    public static StateFeeSchedules none() {
        return new StateFeeSchedules(List.of());
    }

    public boolean hasSchedule(String state) {
        return byState.containsKey(state);
    }

    // RULEBOOK §7.2: allowed = state fee × units; a code the state's schedule lacks cannot be priced (CO-96 N130 as
    // a line without a contracted rate)
    public LinePrice price(String state, String procedureCode, int units, BigDecimal charge) {
        Optional<BigDecimal> fee = Optional.ofNullable(byState.getOrDefault(state, Map.of()).get(procedureCode));
        if (fee.isEmpty()) {
            return new LinePrice.Unpriced(new CodedRejection(AdjustmentGroup.CO, "96", "N130",
                    "the workers' compensation fee schedule of " + state + " has no fee for " + procedureCode));
        }
        return new LinePrice.Allowed(Money.times(fee.get(), units).min(Money.scaled(charge)));
    }
}
