package org.medmassage.benefits.costshare;

import java.math.BigDecimal;

/** One line's split of its allowed amount: allowed = deductible + copay + coinsurance + planPaid. */
public record LineShare(
        int lineNumber,
        BigDecimal allowed,
        BigDecimal deductible,
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal planPaid) {

    public BigDecimal patientResponsibility() {
        return deductible.add(copay).add(coinsurance);
    }
}
