package org.medmassage.authorization.application;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;

/** A progress report that cannot be taken (dated in the future, before the care began); nothing stored. */
public class ProgressReportRefusedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public ProgressReportRefusedException(List<FieldProblem> problems) {
        super("progress report refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
