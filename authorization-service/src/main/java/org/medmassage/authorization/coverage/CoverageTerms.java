package org.medmassage.authorization.coverage;

import java.time.LocalDate;
import java.util.Objects;

/** The plan terms authorization needs, from CoverageActivated: whether massage needs pre-authorization, and when. */
public record CoverageTerms(
        String memberId,
        String planId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        boolean preAuthRequired) {

    public CoverageTerms {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** An open-ended coverage ({@code effectiveTo == null}) runs until it is replaced. */
    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
