package org.medmassage.codesets.problem;

/**
 * One reason a request is refused (or, on an accepted one, a warning): the field (JSON path such as
 * {@code lines[0].minutes}), the rule it breaks (a rulebook ID such as {@code DX-08}, or a constraint name such as
 * {@code NotNull} or {@code Size} for limits the rulebook does not cover) and a message a person can act on. Every
 * service reports refusals as a list of these, shown as {@code errors[]} of a problem-details response.
 */
public record FieldProblem(String field, String rule, String message) {
}
