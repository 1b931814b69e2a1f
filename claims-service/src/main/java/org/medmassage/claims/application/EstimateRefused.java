package org.medmassage.claims.application;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;

/** A Good Faith Estimate that could not be written, with every problem found (ALT-04). */
public class EstimateRefused extends RuntimeException {

    private final List<FieldProblem> problems;

    public EstimateRefused(List<FieldProblem> problems) {
        super("good faith estimate refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
