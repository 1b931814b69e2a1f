package org.medmassage.claims.coding;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One NCCI procedure-to-procedure edit as CMS publishes it (RULEBOOK §4.3): when both codes are billed for one patient
 * on one date by one provider, the column-2 code is not paid. It applies on dates of service in [effective, deletion);
 * no deletion date (CMS writes {@code *}) means it is still in force. Indicator 9 never applies.
 */
public record ProcedurePairEdit(String column1, String column2, LocalDate effective, LocalDate deletion,
        ModifierIndicator indicator) {

    public ProcedurePairEdit {
        Objects.requireNonNull(column1, "column1");
        Objects.requireNonNull(column2, "column2");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(indicator, "indicator");
        if (deletion != null && deletion.isBefore(effective)) {
            throw new IllegalArgumentException("edit " + column1 + "/" + column2 + " is deleted (" + deletion
                    + ") before it is effective (" + effective + ")");
        }
    }

    public Optional<LocalDate> deletionDate() {
        return Optional.ofNullable(deletion);
    }

    /** True when the edit is in force on {@code dateOfService} and was not deleted as not applicable (indicator 9). */
    public boolean appliesOn(LocalDate dateOfService) {
        return indicator != ModifierIndicator.NOT_APPLICABLE
                && !dateOfService.isBefore(effective)
                && (deletion == null || dateOfService.isBefore(deletion));
    }
}
