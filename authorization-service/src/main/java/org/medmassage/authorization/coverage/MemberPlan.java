package org.medmassage.authorization.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the member's plan still gives a request: every coverage period known for the member, the visits used in the
 * plan year of the request's first day (empty when benefits has posted none there yet) and the visits other live
 * authorizations of the member have promised and not used.
 */
public record MemberPlan(List<CoverageTerms> coverage, Optional<PlanYearVisits> planYearVisits, int visitsPromised) {

    public MemberPlan {
        coverage = List.copyOf(coverage);
        Objects.requireNonNull(planYearVisits, "planYearVisits");
        if (visitsPromised < 0) {
            throw new IllegalArgumentException("visits promised are zero or more");
        }
    }

    /** Nothing known of the member's coverage: the plan is not judged. */
    public static MemberPlan unknown() {
        return new MemberPlan(List.of(), Optional.empty(), 0);
    }

    public boolean isKnown() {
        return !coverage.isEmpty();
    }

    /**
     * CS-06: the plan's visits left in the plan year of {@code date} under {@code terms}, less those other
     * authorizations promised; empty when the limit is not known.
     */
    public Optional<VisitsLeft> visitsLeftOn(LocalDate date, CoverageTerms terms) {
        Optional<PlanYearVisits> posted = planYearVisits.filter(visits -> visits.contains(date));
        Integer limit = posted.map(PlanYearVisits::visitLimit).orElse(terms.visitLimit());
        if (limit == null) {
            return Optional.empty();
        }
        return Optional.of(new VisitsLeft(limit, posted.map(PlanYearVisits::visitsUsed).orElse(0), visitsPromised,
                posted.map(PlanYearVisits::describe).orElse("the plan year of " + date)));
    }

    /** The plan year's limit, what was used and promised of it, and what is left (never below zero). */
    public record VisitsLeft(int limit, int used, int promised, String planYear) {

        public int left() {
            return Math.max(0, limit - used - promised);
        }

        public String describe() {
            return left() + " of the plan's " + limit + " visits for " + planYear + " left (" + used + " used, "
                    + promised + " authorized and not yet used)";
        }
    }
}
