package org.medmassage.benefits.costshare;

import java.time.LocalDate;
import java.util.Optional;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/** CS-01 step 0: the member must be covered on the date of service — CO-26 before it starts, CO-27 otherwise. */
public final class EligibilityPolicy {

    public Optional<CodedRejection> check(Optional<Coverage> coverage, LocalDate dateOfService) {
        if (coverage.isEmpty()) {
            return Optional.of(
                    new CodedRejection(AdjustmentGroup.CO, "27", null, "no coverage on file for the member"));
        }
        Coverage held = coverage.get();
        if (held.coversOn(dateOfService)) {
            return Optional.empty();
        }
        if (dateOfService.isBefore(held.effectiveFrom())) {
            return Optional.of(new CodedRejection(AdjustmentGroup.CO, "26", null,
                    "date of service " + dateOfService + " is before coverage starts on " + held.effectiveFrom()));
        }
        return Optional.of(new CodedRejection(AdjustmentGroup.CO, "27", null,
                "date of service " + dateOfService + " is after coverage ended on " + held.effectiveTo()));
    }
}
