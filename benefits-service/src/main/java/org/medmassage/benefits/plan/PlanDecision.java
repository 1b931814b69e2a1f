package org.medmassage.benefits.plan;

import java.util.List;
import java.util.Optional;
import org.medmassage.codesets.problem.FieldProblem;

/** Whether a plan version may be registered: the plan, or every problem at once. */
public sealed interface PlanDecision {

    /** {@code checkedAgainst}: the ACA/HSA limits of its first plan year; empty when none are known for that year. */
    record Accepted(BenefitPlan plan, Optional<AnnualLimits> checkedAgainst) implements PlanDecision {
    }

    record Refused(List<FieldProblem> problems) implements PlanDecision {

        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
