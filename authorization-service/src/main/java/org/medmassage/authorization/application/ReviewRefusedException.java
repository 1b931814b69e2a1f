package org.medmassage.authorization.application;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;

/** A reviewer's decision that cannot be recorded: incomplete (a field missing) or breaking a rule; nothing stored. */
public class ReviewRefusedException extends RuntimeException {

    private final boolean incomplete;
    private final List<FieldProblem> problems;

    public ReviewRefusedException(boolean incomplete, List<FieldProblem> problems) {
        super("review refused: " + problems);
        this.incomplete = incomplete;
        this.problems = List.copyOf(problems);
    }

    public boolean incomplete() {
        return incomplete;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
