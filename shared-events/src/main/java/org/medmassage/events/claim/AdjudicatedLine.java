package org.medmassage.events.claim;

import java.math.BigDecimal;
import java.util.List;
import org.medmassage.events.Adjustment;

/** One line of the remittance, balanced like an 835 SVC: charge − Σ adjustments = planPaid (FMT-01). */
public record AdjudicatedLine(
        int lineNumber,
        String procedureCode,
        int units,
        BigDecimal charge,
        BigDecimal allowed,
        BigDecimal deductible,
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal planPaid,
        BigDecimal patientResponsibility,
        List<Adjustment> adjustments,
        List<String> remarkCodes) {
}
