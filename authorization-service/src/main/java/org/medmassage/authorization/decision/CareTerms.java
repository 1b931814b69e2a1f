package org.medmassage.authorization.decision;

import java.util.Objects;
import java.util.Optional;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.MemberPlan;
import org.medmassage.authorization.reevaluation.ReEvaluationGate;

/**
 * What the member's plan says about a request besides its referral: the coverage in force on its start date (empty
 * when none is known yet), the MN-06 re-evaluation gate of that plan or payer, and what the plan still gives (dates,
 * codes, visits left in the plan year; decision 0067).
 */
public record CareTerms(Optional<CoverageTerms> coverage, ReEvaluationGate gate, MemberPlan plan) {

    public CareTerms {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(plan, "plan");
    }

    /** The plan's dates, codes and visits left not judged. */
    public CareTerms(Optional<CoverageTerms> coverage, ReEvaluationGate gate) {
        this(coverage, gate, MemberPlan.unknown());
    }

    /** Nothing known of the plan, no gate: the referral alone decides. */
    public static CareTerms none() {
        return new CareTerms(Optional.empty(), ReEvaluationGate.off());
    }
}
