package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import org.medmassage.codesets.money.Money;

/**
 * Benefits' split of one line's allowed amount (CS-01 steps 2–6): allowed = deductible + copay + coinsurance + planPaid
 * + priorPayerPaid + overLimit. {@code priorPayerPaid}: what a primary payer paid when the plan paid as secondary
 * (OA-23, RULEBOOK §7.3 Example 11); {@code overLimit}: what an auto PIP limit left unpaid (PR-119). Decision 0074.
 */
public record CostShare(int lineNumber, BigDecimal deductible, BigDecimal copay, BigDecimal coinsurance, BigDecimal planPaid,
                        BigDecimal priorPayerPaid, BigDecimal overLimit) {

    public CostShare {
        deductible = Money.scaled(deductible);
        copay = Money.scaled(copay);
        coinsurance = Money.scaled(coinsurance);
        planPaid = Money.scaled(planPaid);
        priorPayerPaid = priorPayerPaid == null ? Money.ZERO : Money.scaled(priorPayerPaid);
        overLimit = overLimit == null ? Money.ZERO : Money.scaled(overLimit);
    }

    /** A line its payer shared as primary, within any limit. */
    public CostShare(int lineNumber, BigDecimal deductible, BigDecimal copay, BigDecimal coinsurance,
            BigDecimal planPaid) {
        this(lineNumber, deductible, copay, coinsurance, planPaid, null, null);
    }

    public static CostShare of(int lineNumber, String deductible, String copay, String coinsurance, String planPaid) {
        return new CostShare(lineNumber, new BigDecimal(deductible), new BigDecimal(copay), new BigDecimal(coinsurance),
                new BigDecimal(planPaid));
    }

    public BigDecimal patientShare() {
        return deductible.add(copay).add(coinsurance).add(overLimit);
    }

    public BigDecimal total() {
        return patientShare().add(planPaid).add(priorPayerPaid);
    }
}
