package org.medmassage.authorization.coverage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan terms authorization needs, from CoverageActivated: whether massage needs pre-authorization and a referral
 * (MN-01), and when.
 */
public record CoverageTerms(
        String memberId,
        String planId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        boolean preAuthRequired,
        boolean referralRequired) {

    public CoverageTerms {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** An open-ended coverage ({@code effectiveTo == null}) runs until it is replaced. */
    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The member's terms on that date; empty when no known coverage spans it. */
    public static Optional<CoverageTerms> inForceOn(Collection<CoverageTerms> memberCoverage, LocalDate date) {
        return memberCoverage.stream()
                .filter(terms -> terms.isEffectiveOn(date))
                // the latest activation wins when periods overlap: it is the plan the member holds now
                .max(Comparator.comparing(CoverageTerms::effectiveFrom));
    }
}
