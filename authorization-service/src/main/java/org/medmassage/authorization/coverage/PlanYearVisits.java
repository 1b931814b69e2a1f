package org.medmassage.authorization.coverage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * CS-06: the visits a member has used in one plan year and the plan's limit for it, as benefits-service last posted
 * them.
 */
public record PlanYearVisits(String memberId, LocalDate planYearStart, LocalDate planYearEnd, int visitsUsed,
        int visitLimit) {

    public PlanYearVisits {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(planYearStart, "planYearStart");
        Objects.requireNonNull(planYearEnd, "planYearEnd");
        if (planYearEnd.isBefore(planYearStart)) {
            throw new IllegalArgumentException("a plan year ends on or after its start");
        }
        if (visitsUsed < 0 || visitLimit < 0) {
            throw new IllegalArgumentException("visits used and the visit limit are zero or more");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(planYearStart) && !date.isAfter(planYearEnd);
    }

    public String describe() {
        return planYearStart + "…" + planYearEnd;
    }
}
