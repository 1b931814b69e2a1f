package org.medmassage.claims.application;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;

/** A submitted claim that intake refused, with every problem found. */
public class ClaimRejected extends RuntimeException {

    private final List<FieldProblem> problems;

    public ClaimRejected(List<FieldProblem> problems) {
        super("claim rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
