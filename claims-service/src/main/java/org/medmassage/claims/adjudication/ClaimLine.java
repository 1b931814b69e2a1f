package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.medmassage.codesets.money.Money;

/** A priced service line: units after the 8-minute rule, the provider's charge and the allowed amount (CS-01 step 1). */
public record ClaimLine(
        int lineNumber,
        String procedureCode,
        List<String> modifiers,
        int units,
        BigDecimal charge,
        BigDecimal allowed,
        List<Integer> diagnosisPointers) {

    public ClaimLine {
        Objects.requireNonNull(procedureCode, "procedureCode");
        modifiers = List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
        charge = Money.scaled(charge);
        allowed = Money.scaled(allowed);
        if (lineNumber < 1 || units < 1) {
            throw new IllegalArgumentException("line " + lineNumber + " needs a positive line number and units");
        }
        if (charge.signum() < 0 || allowed.signum() < 0) {
            throw new IllegalArgumentException("line " + lineNumber + " has a negative charge or allowed amount");
        }
        if (allowed.compareTo(charge) > 0) {
            throw new IllegalArgumentException("line " + lineNumber + ": allowed " + allowed + " exceeds charge " + charge);
        }
    }
}
