package org.medmassage.authorization.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.MemberPlan;
import org.medmassage.authorization.time.DateWindow;

/**
 * An approval never promises what the plan will not pay (decision 0067): its window starts on the first day the member
 * is covered, for the codes the plan covers (RULEBOOK §5.2 step 0), and ends with the member's unbroken coverage; its
 * visits fit in what the plan year has left (CS-06). What is cut makes an A2; nothing left makes an A3. A member whose
 * coverage is not known at all is not judged here: the claim's own checks still apply (decision 0024).
 */
public final class PlanBenefitPolicy {

    public Decision clamp(Decision allowed, MemberPlan plan) {
        if (!plan.isKnown()) {
            return allowed;
        }
        if (allowed instanceof Decision.Approved approved) {
            return clamp(allowed, new Certified(approved.visits(), approved.procedureCodes(), approved.window(),
                    new ArrayList<>()), plan);
        }
        if (allowed instanceof Decision.PartiallyApproved partial) {
            return clamp(allowed, new Certified(partial.visits(), partial.procedureCodes(), partial.window(),
                    new ArrayList<>(List.of(partial.reason()))), plan);
        }
        return allowed;
    }

    private record Certified(int visits, List<String> codes, DateWindow window, List<String> cuts) {
    }

    private static Decision clamp(Decision allowed, Certified certified, MemberPlan plan) {
        DateWindow window = certified.window();
        Optional<LocalDate> firstCovered = CoverageTerms.firstCoveredDay(plan.coverage(), window);
        if (firstCovered.isEmpty()) {
            // §5.2 step 0, eligibility on the date (CO-26/CO-27 on a claim)
            return new Decision.Denied(DenialReasons.NOT_COVERED, "the member has no coverage from " + window.from()
                    + " to " + window.to());
        }
        LocalDate first = firstCovered.get();
        CoverageTerms terms = CoverageTerms.inForceOn(plan.coverage(), first).orElseThrow();
        List<String> covered = certified.codes().stream().filter(terms::coversProcedure).toList();
        if (covered.isEmpty()) {
            // §5.2 step 0, benefit exists (PR-204 on a claim)
            return new Decision.Denied(DenialReasons.NOT_COVERED, "plan " + terms.planId() + " does not cover "
                    + String.join(", ", certified.codes()));
        }
        Certified dated = coveredDates(startsCovered(coveredCodes(certified, covered, terms), first, terms), plan,
                terms);
        Optional<MemberPlan.VisitsLeft> left = plan.visitsLeftOn(first, terms);
        if (left.isPresent() && left.get().left() == 0) {
            // CS-06: the visit would be denied PR-119 N640 on its claim
            return new Decision.Denied(DenialReasons.VISIT_LIMIT, "no visits left under plan " + terms.planId()
                    + ": " + left.get().describe());
        }
        Certified cut = left.map(visits -> visitsLeft(dated, visits)).orElse(dated);
        return cut.cuts().isEmpty() ? allowed
                : new Decision.PartiallyApproved(cut.visits(), cut.codes(), cut.window(), String.join("; ", cut.cuts()));
    }

    private static Certified coveredCodes(Certified certified, List<String> covered, CoverageTerms terms) {
        if (covered.size() == certified.codes().size()) {
            return certified;
        }
        List<String> notCovered = certified.codes().stream().filter(code -> !covered.contains(code)).toList();
        certified.cuts().add(String.join(", ", notCovered) + " not covered by plan " + terms.planId());
        return new Certified(certified.visits(), covered, certified.window(), certified.cuts());
    }

    private static Certified startsCovered(Certified certified, LocalDate first, CoverageTerms terms) {
        if (!first.isAfter(certified.window().from())) {
            return certified;
        }
        DateWindow covered = DateWindow.of(first, certified.window().to());
        certified.cuts().add("starts " + first + " with the member's coverage under plan " + terms.planId());
        return new Certified((int) Math.min(certified.visits(), covered.days()), certified.codes(), covered,
                certified.cuts());
    }

    private static Certified coveredDates(Certified certified, MemberPlan plan, CoverageTerms terms) {
        DateWindow window = certified.window();
        Optional<LocalDate> through = CoverageTerms.coveredThrough(plan.coverage(), window.from());
        if (through.isEmpty() || !window.to().isAfter(through.get())) {
            return certified;
        }
        DateWindow covered = DateWindow.of(window.from(), through.get());
        int visits = (int) Math.min(certified.visits(), covered.days());
        certified.cuts().add("ends " + through.get() + " with the member's coverage under plan " + terms.planId());
        return new Certified(visits, certified.codes(), covered, certified.cuts());
    }

    private static Certified visitsLeft(Certified certified, MemberPlan.VisitsLeft left) {
        if (certified.visits() <= left.left()) {
            return certified;
        }
        certified.cuts().add(left.left() + " of " + certified.visits() + " visits: " + left.describe());
        return new Certified(left.left(), certified.codes(), certified.window(), certified.cuts());
    }
}
