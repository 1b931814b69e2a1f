package org.medmassage.claims.intake;

import java.math.BigDecimal;
import java.util.List;

/** One service line as billed: minutes (for the 8-minute rule) or units, never both. */
public record SubmittedLine(
        String procedureCode,
        List<String> modifiers,
        Integer minutes,
        Integer units,
        BigDecimal charge,
        List<Integer> diagnosisPointers) {

    public SubmittedLine {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
    }
}
