package org.medmassage.claims.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One service line as billed: minutes (for the 8-minute rule) or units, never both. {@code dateOfService} (2400
 * DTP*472) is null when the line takes the claim's date.
 */
public record SubmittedLine(
        String procedureCode,
        List<String> modifiers,
        Integer minutes,
        Integer units,
        BigDecimal charge,
        List<Integer> diagnosisPointers,
        LocalDate dateOfService) {

    public SubmittedLine {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
    }

    /** A line dated as its claim. */
    public SubmittedLine(String procedureCode, List<String> modifiers, Integer minutes, Integer units,
            BigDecimal charge, List<Integer> diagnosisPointers) {
        this(procedureCode, modifiers, minutes, units, charge, diagnosisPointers, null);
    }
}
