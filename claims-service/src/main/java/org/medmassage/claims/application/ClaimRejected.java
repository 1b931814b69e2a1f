package org.medmassage.claims.application;

import java.util.List;
import org.medmassage.claims.intake.IntakeProblem;

/** A submitted claim that intake refused, with every problem found. */
public class ClaimRejected extends RuntimeException {

    private final List<IntakeProblem> problems;

    public ClaimRejected(List<IntakeProblem> problems) {
        super("claim rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<IntakeProblem> problems() {
        return problems;
    }
}
