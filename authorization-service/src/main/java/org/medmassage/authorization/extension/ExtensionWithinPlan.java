package org.medmassage.authorization.extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.MemberPlan;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.authorization.decision.DenialReasons;
import org.medmassage.authorization.time.DateWindow;

/**
 * An extension promises no more than the plan will pay (decision 0067): the visits it adds fit in what the plan year
 * has left (CS-06; the authorization's own unused visits are already counted there as promised), and its later end
 * stays inside the member's unbroken coverage (CS-01). What was certified before stays certified.
 */
public final class ExtensionWithinPlan {

    public ExtensionPolicy.Result.Decided limit(ApprovedAuthorization before, ExtensionPolicy.Result.Decided decided,
            MemberPlan plan) {
        ApprovedAuthorization after = decided.authorization();
        Optional<CoverageTerms> terms = CoverageTerms.inForceOn(plan.coverage(), after.window().from());
        if (!decided.granted() || terms.isEmpty()) {
            return decided;
        }
        List<String> cuts = new ArrayList<>();
        LocalDate end = coveredEnd(before, after, plan, terms.get(), cuts);
        int withinVisitsLeft = addedWithinVisitsLeft(before, after, plan, terms.get(), cuts);
        int visits = Math.max(before.approvedVisits(),
                (int) Math.min(withinVisitsLeft, DateWindow.of(after.window().from(), end).days()));
        if (cuts.isEmpty()) {
            return decided;
        }
        if (visits == before.approvedVisits() && end.equals(before.window().to())) {
            return kept(before, after, String.join("; ", cuts), withinVisitsLeft < after.approvedVisits()
                    ? DenialReasons.VISIT_LIMIT : DenialReasons.NOT_COVERED);
        }
        String reason = after.reason() == null ? String.join("; ", cuts) : after.reason() + "; " + String.join("; ", cuts);
        return new ExtensionPolicy.Result.Decided(new ApprovedAuthorization(after.id(), after.number(), after.request(),
                after.dueAt(), AuthorizationStatus.PARTIALLY_APPROVED, visits, after.procedureCodes(),
                DateWindow.of(after.window().from(), end), reason, after.decidedAt(), after.review()), true);
    }

    private static LocalDate coveredEnd(ApprovedAuthorization before, ApprovedAuthorization after, MemberPlan plan,
            CoverageTerms terms, List<String> cuts) {
        Optional<LocalDate> through = CoverageTerms.coveredThrough(plan.coverage(), after.window().from());
        if (through.isEmpty() || !after.window().to().isAfter(through.get())) {
            return after.window().to();
        }
        LocalDate end = through.get().isAfter(before.window().to()) ? through.get() : before.window().to();
        cuts.add("ends " + end + " with the member's coverage under plan " + terms.planId() + " (CS-01)");
        return end;
    }

    private static int addedWithinVisitsLeft(ApprovedAuthorization before, ApprovedAuthorization after, MemberPlan plan,
            CoverageTerms terms, List<String> cuts) {
        Optional<MemberPlan.VisitsLeft> left = plan.visitsLeftOn(after.window().from(), terms);
        if (left.isEmpty() || after.approvedVisits() <= before.approvedVisits() + left.get().left()) {
            return after.approvedVisits();
        }
        int visits = before.approvedVisits() + left.get().left();
        cuts.add(visits + " visits in all: " + left.get().describe() + " (CS-06)");
        return visits;
    }

    private static ExtensionPolicy.Result.Decided kept(ApprovedAuthorization before, ApprovedAuthorization after,
            String why, String code) {
        String reason = before.approvedVisits() + " of " + after.request().requestedVisits() + " visits until "
                + before.window().to() + ": extension not granted: " + why + " (" + code + ")";
        return new ExtensionPolicy.Result.Decided(new ApprovedAuthorization(before.id(), before.number(),
                after.request(), before.dueAt(), AuthorizationStatus.PARTIALLY_APPROVED, before.approvedVisits(),
                before.procedureCodes(), before.window(), reason, after.decidedAt(), before.review()), false);
    }
}
