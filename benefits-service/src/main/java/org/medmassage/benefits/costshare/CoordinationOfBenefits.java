package org.medmassage.benefits.costshare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.codesets.money.Money;
import org.medmassage.benefits.plan.CobMethod;

/**
 * The plan as secondary payer (RULEBOOK §7.3 Example 11): from its normal primary benefit and what the primary payer
 * paid for the visit (837P 2320 AMT*D), what it pays and what the patient owes, by the plan's {@link CobMethod}.
 * Decided for the whole visit, as the example is (a line-by-line standard COB would pay less), then spread over the
 * lines so that each balances: the patient's share first, up to each line's normal patient share in line order; the
 * prior payment next, up to what each line has left; the plan pays the rest of the line.
 * <p>
 * A line's patient share keeps the CS-01 order: what the patient still owes meets the deductible first, then the copay,
 * then coinsurance, so the accumulators record what the member really pays.
 */
public final class CoordinationOfBenefits {

    private CoordinationOfBenefits() {
    }

    /** {@code normal}: the plan's benefit as if primary; {@code priorPaid} ≥ 0. */
    public static CostShare asSecondary(CostShare normal, BigDecimal priorPaid, CobMethod method) {
        BigDecimal allowed = normal.allowed();
        BigDecimal prior = priorPaid.min(allowed);
        BigDecimal planPays = method == CobMethod.STANDARD
                // Example 11 standard: min(81.60, 102.00 − 50.00) = 52.00
                ? normal.planPaid().min(allowed.subtract(prior))
                // Example 11 non-duplication: 81.60 − 50.00 = 31.60
                : normal.planPaid().subtract(prior).max(Money.ZERO);
        BigDecimal patientLeft = allowed.subtract(prior).subtract(planPays);
        BigDecimal priorLeft = prior;
        List<LineShare> lines = new ArrayList<>();
        for (LineShare line : normal.lines()) {
            BigDecimal patient = patientLeft.min(line.patientResponsibility());
            patientLeft = patientLeft.subtract(patient);
            BigDecimal priorOnLine = priorLeft.min(line.allowed().subtract(patient));
            priorLeft = priorLeft.subtract(priorOnLine);
            lines.add(split(line, patient, priorOnLine));
        }
        return new CostShare(lines);
    }

    private static LineShare split(LineShare normal, BigDecimal patient, BigDecimal prior) {
        BigDecimal deductible = patient.min(normal.deductible());
        BigDecimal copay = patient.subtract(deductible).min(normal.copay());
        BigDecimal coinsurance = patient.subtract(deductible).subtract(copay);
        BigDecimal planPaid = normal.allowed().subtract(patient).subtract(prior);
        return new LineShare(normal.lineNumber(), normal.allowed(), deductible, copay, coinsurance, planPaid, prior,
                Money.ZERO);
    }
}
