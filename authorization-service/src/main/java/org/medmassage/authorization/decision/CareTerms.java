package org.medmassage.authorization.decision;

import java.util.Objects;
import java.util.Optional;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.reevaluation.ReEvaluationGate;

/**
 * What the member's plan says about a request besides its referral: the coverage in force on its start date (empty
 * when none is known yet) and the MN-06 re-evaluation gate of that plan or payer.
 */
public record CareTerms(Optional<CoverageTerms> coverage, ReEvaluationGate gate) {

    public CareTerms {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(gate, "gate");
    }

    /** Nothing known of the plan, no gate: the referral alone decides. */
    public static CareTerms none() {
        return new CareTerms(Optional.empty(), ReEvaluationGate.off());
    }
}
