package org.medmassage.claims.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.claims.intake.SubmittedLine;

/**
 * One service line: CPT/HCPCS, up to 4 modifiers, minutes or units, charge, up to 4 diagnosis pointers (837P SV1), and
 * optionally its date (2400 DTP*472), which must be the claim's.
 */
record ClaimLineRequest(
        @NotBlank @Pattern(regexp = ProcedureCodes.PATTERN, message = ProcedureCodes.MESSAGE) String procedureCode,
        @Size(max = 4) List<@NotNull @Pattern(regexp = "[0-9A-Z]{2}", message = "must be a two-character modifier")
                String> modifiers,
        @PositiveOrZero @Max(value = MAX_MINUTES, message = "must be at most 1440 (the minutes of a day)") Integer minutes,
        @Positive @Max(value = MAX_UNITS, message = "must be at most 96 (a day of 15-minute units)") Integer units,
        @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal charge,
        @NotEmpty @Size(max = 4) List<@NotNull Integer> diagnosisPointers,
        LocalDate dateOfService) {

    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_UNITS = MAX_MINUTES / 15;

    SubmittedLine toSubmittedLine() {
        return new SubmittedLine(procedureCode, modifiers, minutes, units, charge, diagnosisPointers, dateOfService);
    }
}
