package org.medmassage.benefits.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.support.web.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;

/** {@code PUT /plans/{planId}} body; the response is the same shape plus the planId. */
public record PlanBody(
        @NotNull @Pattern(regexp = "\\d{2}-\\d{2}", message = "must be a month and day MM-DD, e.g. 01-01") String planYearStart,
        @NotNull Boolean preAuthRequired,
        @NotNull Boolean referralRequired,
        @NotNull @PositiveOrZero Integer visitLimit,
        @NotNull @Valid TierTermsBody inNetwork,
        @NotNull @Valid TierTermsBody outOfNetwork) {

    /** Well-formed but against the rules ⇒ 422 naming every field at once. */
    BenefitPlan toPlan(String planId) {
        List<FieldProblem> problems = new ArrayList<>();
        MonthDay start = monthDay(problems);
        outOfPocketNotBelowDeductible("inNetwork", inNetwork, problems);
        outOfPocketNotBelowDeductible("outOfNetwork", outOfNetwork, problems);
        if (!problems.isEmpty()) {
            throw RequestRejectedException.unprocessable("Plan cannot be registered", problems);
        }
        return new BenefitPlan(planId, start, preAuthRequired, referralRequired, visitLimit,
                inNetwork.toTerms(), outOfNetwork.toTerms());
    }

    private MonthDay monthDay(List<FieldProblem> problems) {
        try {
            return MonthDay.parse("--" + planYearStart);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("planYearStart", "CS-03",
                    "planYearStart " + planYearStart + " is not a day of the year (MM-DD)"));
            return null;
        }
    }

    // The deductible counts toward the out-of-pocket maximum (CS-01 step 7), so a smaller maximum cannot be met.
    private static void outOfPocketNotBelowDeductible(String tier, TierTermsBody terms, List<FieldProblem> problems) {
        if (terms.outOfPocketMax() != null && terms.outOfPocketMax().compareTo(terms.deductible()) < 0) {
            problems.add(new FieldProblem(tier + ".outOfPocketMax", "CS-01",
                    tier + ".outOfPocketMax " + terms.outOfPocketMax() + " is below the deductible " + terms.deductible()
                            + ": the deductible counts toward the out-of-pocket maximum"));
        }
    }
}
