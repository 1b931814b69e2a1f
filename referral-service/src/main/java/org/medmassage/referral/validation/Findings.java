package org.medmassage.referral.validation;

import java.util.ArrayList;
import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * What the checks of one referral found, in the order of the request's fields: every problem, and whether something
 * required is missing (MN-02). Missing makes the whole request incomplete (400) rather than a complete referral that
 * breaks a rule (422): a property of the refusal, so it is kept here and not on each problem.
 */
final class Findings {

    private final List<FieldProblem> problems = new ArrayList<>();
    private boolean incomplete;

    /** MN-02: the referral lacks a field every referral must carry. */
    void missing(String field, String what) {
        problems.add(new FieldProblem(field, "MN-02", field + " is required: " + what));
        incomplete = true;
    }

    /** A rule the referral breaks: a rulebook ID, or a constraint name such as {@code Size}. */
    void violation(String field, String rule, String message) {
        problems.add(new FieldProblem(field, rule, message));
    }

    void add(FieldProblem problem) {
        problems.add(problem);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    ValidationOutcome.Rejected rejected() {
        return new ValidationOutcome.Rejected(problems, incomplete);
    }
}
