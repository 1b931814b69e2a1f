package org.medmassage.authorization.application;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;

/** An extension that asks for nothing more, or for less; nothing stored. */
public class ExtensionRefusedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public ExtensionRefusedException(List<FieldProblem> problems) {
        super("extension refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
