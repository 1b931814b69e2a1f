package org.medmassage.claims.estimate;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;

/** A Good Faith Estimate written, or refused with every problem at once (as claim intake answers). */
public sealed interface EstimateDecision {

    record Written(GoodFaithEstimate estimate) implements EstimateDecision {
    }

    record Refused(List<FieldProblem> problems) implements EstimateDecision {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
