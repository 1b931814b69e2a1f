package org.medmassage.notification.notice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medmassage.events.Adjustment;
import org.medmassage.events.claim.AdjudicatedLine;

/**
 * Why the patient owes what they owe: the claim's PR adjustments summed per reason code (FMT-01: patient
 * responsibility = Σ PR). CO amounts are the provider's to write off and never appear here (RULEBOOK §10 mistake 4).
 */
final class PatientShare {

    /** The reasons a patient understands, in the order an EOB explains them (CS-01: deductible, copay, coinsurance). */
    private enum Reason {
        DEDUCTIBLE("1", "applied to your deductible", "toward your deductible"),
        COPAY("3", "your copay", "copay"),
        COINSURANCE("2", "your coinsurance", "coinsurance"),
        BALANCE_BILL("45", "charged above your plan's out-of-network allowance", "above your plan's out-of-network allowance"),
        VISIT_LIMIT("119", "over your plan's visit limit", "over your plan's visit limit"),
        OTHER(null, "not covered by your plan", "not covered by your plan");

        private final String carc;
        private final String alone;
        private final String part;

        Reason(String carc, String alone, String part) {
            this.carc = carc;
            this.alone = alone;
            this.part = part;
        }

        static Reason of(String carc) {
            for (Reason reason : values()) {
                if (reason.carc != null && reason.carc.equals(carc)) {
                    return reason;
                }
            }
            return OTHER;
        }
    }

    private final Map<Reason, BigDecimal> amounts;

    private PatientShare(Map<Reason, BigDecimal> amounts) {
        this.amounts = amounts;
    }

    static PatientShare of(List<AdjudicatedLine> lines) {
        Map<Reason, BigDecimal> amounts = new EnumMap<>(Reason.class);
        for (AdjudicatedLine line : lines == null ? List.<AdjudicatedLine>of() : lines) {
            for (Adjustment adjustment : line.adjustments() == null ? List.<Adjustment>of() : line.adjustments()) {
                if ("PR".equals(adjustment.group()) && adjustment.amount() != null && adjustment.amount().signum() > 0) {
                    amounts.merge(Reason.of(adjustment.carc()), adjustment.amount(), BigDecimal::add);
                }
            }
        }
        return new PatientShare(amounts);
    }

    /** {@code applied to your deductible}, or {@code $50.00 toward your deductible and $10.40 coinsurance}; empty if none. */
    String explanation() {
        if (amounts.size() == 1) {
            return amounts.keySet().iterator().next().alone;
        }
        List<String> parts = new ArrayList<>();
        amounts.forEach((reason, amount) -> parts.add(Words.money(amount) + " " + reason.part));
        return Words.listing(parts);
    }
}
