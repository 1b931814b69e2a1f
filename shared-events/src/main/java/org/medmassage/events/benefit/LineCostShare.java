package org.medmassage.events.benefit;

import java.math.BigDecimal;

/** One line's split of the allowed amount (CS-01): allowed = deductible + copay + coinsurance + planPaid. */
public record LineCostShare(
        int lineNumber,
        BigDecimal allowed,
        BigDecimal deductible,
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal planPaid,
        BigDecimal patientResponsibility) {
}
