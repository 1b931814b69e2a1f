package org.medmassage.claims.intake;

import java.util.List;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.codesets.problem.FieldProblem;

/** Intake either accepts a coded and priced claim, or refuses it with every problem at once. */
public sealed interface IntakeDecision {

    record Accepted(Claim claim) implements IntakeDecision {
    }

    record Rejected(List<FieldProblem> problems) implements IntakeDecision {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
