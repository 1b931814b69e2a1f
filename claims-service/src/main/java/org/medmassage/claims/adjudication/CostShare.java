package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import org.medmassage.codesets.money.Money;

/** Benefits' split of one line's allowed amount (CS-01 steps 2–6): allowed = deductible + copay + coinsurance + planPaid. */
public record CostShare(int lineNumber, BigDecimal deductible, BigDecimal copay, BigDecimal coinsurance, BigDecimal planPaid) {

    public CostShare {
        deductible = Money.scaled(deductible);
        copay = Money.scaled(copay);
        coinsurance = Money.scaled(coinsurance);
        planPaid = Money.scaled(planPaid);
    }

    public static CostShare of(int lineNumber, String deductible, String copay, String coinsurance, String planPaid) {
        return new CostShare(lineNumber, new BigDecimal(deductible), new BigDecimal(copay), new BigDecimal(coinsurance),
                new BigDecimal(planPaid));
    }

    public BigDecimal patientShare() {
        return deductible.add(copay).add(coinsurance);
    }

    public BigDecimal total() {
        return patientShare().add(planPaid);
    }
}
