package org.medmassage.events.benefit;

import java.math.BigDecimal;

/**
 * One line's split of the allowed amount (CS-01): allowed = deductible + copay + coinsurance + planPaid
 * + priorPayerPaid + overLimit. The last two are optional (null from senders before them, meaning 0.00):
 * {@code priorPayerPaid} is what a primary payer paid of the line when the plan pays as secondary (835 OA-23,
 * RULEBOOK §7.3 Example 11); {@code overLimit} is the part an auto PIP coverage's per-accident limit left unpaid
 * (PR-119), which the patient's health plan pays as secondary on its own claim.
 */
public record LineCostShare(
        int lineNumber,
        BigDecimal allowed,
        BigDecimal deductible,
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal planPaid,
        BigDecimal patientResponsibility,
        BigDecimal priorPayerPaid,
        BigDecimal overLimit) {

    /** A line its payer paid as primary, within any limit. */
    public LineCostShare(int lineNumber, BigDecimal allowed, BigDecimal deductible, BigDecimal copay,
                         BigDecimal coinsurance, BigDecimal planPaid, BigDecimal patientResponsibility) {
        this(lineNumber, allowed, deductible, copay, coinsurance, planPaid, patientResponsibility, null, null);
    }
}
