package org.medmassage.benefits.costshare;

import java.math.BigDecimal;
import org.medmassage.codesets.money.Money;

/**
 * One line's split of its allowed amount: allowed = deductible + copay + coinsurance + planPaid + priorPayerPaid
 * + overLimit. {@code priorPayerPaid}: what a primary payer paid when the plan pays as secondary (OA-23, RULEBOOK §7.3
 * Example 11); {@code overLimit}: what an auto PIP coverage's per-accident limit left unpaid (PR-119). Both 0.00 for
 * a plan paying as primary within its limits.
 */
public record LineShare(
        int lineNumber,
        BigDecimal allowed,
        BigDecimal deductible,
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal planPaid,
        BigDecimal priorPayerPaid,
        BigDecimal overLimit) {

    /** A line the plan shares as primary. */
    public LineShare(int lineNumber, BigDecimal allowed, BigDecimal deductible, BigDecimal copay,
                     BigDecimal coinsurance, BigDecimal planPaid) {
        this(lineNumber, allowed, deductible, copay, coinsurance, planPaid, Money.ZERO, Money.ZERO);
    }

    /** What the patient owes of the line: their cost share, and what a PIP limit left unpaid. */
    public BigDecimal patientResponsibility() {
        return deductible.add(copay).add(coinsurance).add(overLimit);
    }
}
