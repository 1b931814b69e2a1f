package org.medmassage.benefits.coverage;

import java.time.LocalDate;
import java.util.Objects;

/** A member enrolled in a plan from effectiveFrom to effectiveTo, both inclusive; no effectiveTo means open-ended. */
public record Coverage(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public Coverage {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo is before effectiveFrom");
        }
    }

    /** Eligibility is judged on the date of service (CS-01 step 0), not on the day the claim is processed. */
    public boolean coversOn(LocalDate dateOfService) {
        return !dateOfService.isBefore(effectiveFrom) && (effectiveTo == null || !dateOfService.isAfter(effectiveTo));
    }
}
