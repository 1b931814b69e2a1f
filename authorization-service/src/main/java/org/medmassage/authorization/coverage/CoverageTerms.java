package org.medmassage.authorization.coverage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medmassage.authorization.time.DateWindow;

/**
 * The plan terms authorization needs, from CoverageActivated: whether massage needs pre-authorization and a referral
 * (MN-01), the provider types it pays for massage (RULEBOOK §1.3, null = every type), its visits per plan year (CS-06)
 * and covered procedure codes (§5.2 step 0; null = not known), the payer type whose decision clocks apply (PA-02;
 * null = not known), and when.
 */
public record CoverageTerms(
        String memberId,
        String planId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        boolean preAuthRequired,
        boolean referralRequired,
        List<String> coveredProviderTypes,
        Integer visitLimit,
        List<String> coveredProcedureCodes,
        PayerType payerType) {

    public CoverageTerms {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        coveredProviderTypes = coveredProviderTypes == null ? null : List.copyOf(coveredProviderTypes);
        coveredProcedureCodes = coveredProcedureCodes == null ? null : List.copyOf(coveredProcedureCodes);
        if (visitLimit != null && visitLimit < 0) {
            throw new IllegalArgumentException("a visit limit is zero or more, not " + visitLimit);
        }
    }

    /** Terms whose payer type is not known: the payer's configured one applies (decision 0069). */
    public CoverageTerms(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo,
            boolean preAuthRequired, boolean referralRequired, List<String> coveredProviderTypes, Integer visitLimit,
            List<String> coveredProcedureCodes) {
        this(memberId, planId, effectiveFrom, effectiveTo, preAuthRequired, referralRequired, coveredProviderTypes,
                visitLimit, coveredProcedureCodes, null);
    }

    /** Terms announced before the visit limit and the covered codes were kept: neither is judged. */
    public CoverageTerms(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo,
            boolean preAuthRequired, boolean referralRequired, List<String> coveredProviderTypes) {
        this(memberId, planId, effectiveFrom, effectiveTo, preAuthRequired, referralRequired, coveredProviderTypes,
                null, null);
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

    /** RULEBOOK §5.2 step 0, "benefit exists": a plan that does not state its codes is not judged here. */
    public boolean coversProcedure(String procedureCode) {
        return coveredProcedureCodes == null || coveredProcedureCodes.contains(procedureCode);
    }

    /** An open-ended coverage ({@code effectiveTo == null}) runs until it is replaced. */
    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /**
     * The last day of the member's unbroken coverage from {@code date} on (periods that follow one another without a
     * gap count as one); empty when it is open-ended. {@code date} itself must be covered.
     */
    public static Optional<LocalDate> coveredThrough(Collection<CoverageTerms> memberCoverage, LocalDate date) {
        LocalDate day = date;
        for (int period = 0; period <= memberCoverage.size(); period++) {
            LocalDate current = day;
            List<CoverageTerms> spanning = memberCoverage.stream().filter(terms -> terms.isEffectiveOn(current)).toList();
            if (spanning.isEmpty()) {
                return Optional.of(day.minusDays(1));
            }
            if (spanning.stream().anyMatch(terms -> terms.effectiveTo() == null)) {
                return Optional.empty();
            }
            day = spanning.stream().map(CoverageTerms::effectiveTo).max(Comparator.naturalOrder()).orElseThrow()
                    .plusDays(1);
        }
        return Optional.of(day.minusDays(1));
    }

    /** The first day of {@code window} the member is covered; empty when no known coverage overlaps it. */
    public static Optional<LocalDate> firstCoveredDay(Collection<CoverageTerms> memberCoverage, DateWindow window) {
        if (inForceOn(memberCoverage, window.from()).isPresent()) {
            return Optional.of(window.from());
        }
        return memberCoverage.stream().map(CoverageTerms::effectiveFrom)
                .filter(window::contains)
                .min(Comparator.naturalOrder());
    }

    /** The member's terms on that date; empty when no known coverage spans it. */
    public static Optional<CoverageTerms> inForceOn(Collection<CoverageTerms> memberCoverage, LocalDate date) {
        return memberCoverage.stream()
                .filter(terms -> terms.isEffectiveOn(date))
                // the latest activation wins when periods overlap: it is the plan the member holds now
                .max(Comparator.comparing(CoverageTerms::effectiveFrom));
    }
}
