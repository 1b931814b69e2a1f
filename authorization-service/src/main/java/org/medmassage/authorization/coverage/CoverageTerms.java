package org.medmassage.authorization.coverage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan terms authorization needs, from CoverageActivated: whether massage needs pre-authorization and a referral
 * (MN-01), the provider types it pays for massage (RULEBOOK §1.3, null = every type), and when.
 */
public record CoverageTerms(
        String memberId,
        String planId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        boolean preAuthRequired,
        boolean referralRequired,
        List<String> coveredProviderTypes) {

    public CoverageTerms {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        coveredProviderTypes = coveredProviderTypes == null ? null : List.copyOf(coveredProviderTypes);
    }

    /** A plan that pays every provider type. */
    public CoverageTerms(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo,
            boolean preAuthRequired, boolean referralRequired) {
        this(memberId, planId, effectiveFrom, effectiveTo, preAuthRequired, referralRequired, null);
    }

    /** RULEBOOK §1.3: a plan without a list pays every provider type (decision 0061). */
    public boolean paysProviderType(String taxonomy) {
        return coveredProviderTypes == null || coveredProviderTypes.contains(taxonomy);
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
