package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.codesets.money.Money;

/**
 * FMT-01: per line charge − Σ adjustments = plan paid and patient responsibility = Σ PR; per claim the same with the
 * totals. An unbalanced remittance is a bug upstream, never something to send to a provider.
 */
public final class BalancingCheck {

    private BalancingCheck() {
    }

    public static List<String> violations(List<RemittanceLine> lines) {
        List<String> violations = new ArrayList<>();
        lines.forEach(line -> violations.addAll(lineViolations(line)));
        BigDecimal charge = sum(lines.stream().map(RemittanceLine::charge).toList());
        BigDecimal adjusted = sum(lines.stream().map(RemittanceLine::adjustmentTotal).toList());
        BigDecimal paid = sum(lines.stream().map(RemittanceLine::planPaid).toList());
        if (charge.subtract(adjusted).compareTo(paid) != 0) {
            violations.add("claim: charge " + charge + " − adjustments " + adjusted + " ≠ plan paid " + paid);
        }
        return violations;
    }

    private static List<String> lineViolations(RemittanceLine line) {
        List<String> violations = new ArrayList<>();
        BigDecimal expectedPaid = line.charge().subtract(line.adjustmentTotal());
        if (expectedPaid.compareTo(line.planPaid()) != 0) {
            violations.add("line " + line.lineNumber() + ": charge " + line.charge() + " − adjustments "
                    + line.adjustmentTotal() + " ≠ plan paid " + line.planPaid());
        }
        if (line.patientAdjustmentTotal().compareTo(line.patientResponsibility()) != 0) {
            violations.add("line " + line.lineNumber() + ": patient responsibility " + line.patientResponsibility()
                    + " ≠ Σ PR " + line.patientAdjustmentTotal());
        }
        if (line.adjustments().stream().anyMatch(adjustment -> adjustment.amount().signum() == 0)) {
            violations.add("line " + line.lineNumber() + ": zero-amount adjustment");
        }
        return violations;
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
