package org.medmassage.support.web;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;
import org.springframework.http.HttpStatus;

/**
 * A request that is well-formed but breaks rules (422), or that is incomplete (400), with every problem at once.
 * Rendered as RFC 9457 problem details with an {@code errors} array by {@link ProblemDetailsAdvice}.
 */
public class RequestRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> problems;

    public RequestRejectedException(HttpStatus status, String title, List<FieldProblem> problems) {
        super(title + ": " + problems);
        this.status = status;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public static RequestRejectedException unprocessable(String title, List<FieldProblem> problems) {
        return new RequestRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, title, problems);
    }

    public static RequestRejectedException badRequest(String title, List<FieldProblem> problems) {
        return new RequestRejectedException(HttpStatus.BAD_REQUEST, title, problems);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
