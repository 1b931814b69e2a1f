package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.codesets.money.Money;

/** One adjudicated line, shaped like an 835 SVC with its CAS and LQ*HE remark codes. */
public record RemittanceLine(
        int lineNumber,
        String procedureCode,
        List<String> modifiers,
        int units,
        BigDecimal charge,
        BigDecimal allowed,
        BigDecimal deductible,
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal planPaid,
        BigDecimal patientResponsibility,
        List<ClaimAdjustment> adjustments,
        List<String> remarkCodes,
        boolean denied) {

    public RemittanceLine {
        modifiers = List.copyOf(modifiers);
        adjustments = List.copyOf(adjustments);
        remarkCodes = List.copyOf(remarkCodes);
        charge = Money.scaled(charge);
        allowed = Money.scaled(allowed);
        deductible = Money.scaled(deductible);
        copay = Money.scaled(copay);
        coinsurance = Money.scaled(coinsurance);
        planPaid = Money.scaled(planPaid);
        patientResponsibility = Money.scaled(patientResponsibility);
    }

    /** The same line with one more remark code (LQ*HE): a remark moves no money, so the line balances as before. */
    public RemittanceLine withRemark(String rarc) {
        if (remarkCodes.contains(rarc)) {
            return this;
        }
        List<String> remarks = new ArrayList<>(remarkCodes);
        remarks.add(rarc);
        return new RemittanceLine(lineNumber, procedureCode, modifiers, units, charge, allowed, deductible, copay,
                coinsurance, planPaid, patientResponsibility, adjustments, remarks, denied);
    }

    public BigDecimal adjustmentTotal() {
        return adjustments.stream().map(ClaimAdjustment::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal patientAdjustmentTotal() {
        return adjustments.stream().filter(ClaimAdjustment::isPatientResponsibility)
                .map(ClaimAdjustment::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
