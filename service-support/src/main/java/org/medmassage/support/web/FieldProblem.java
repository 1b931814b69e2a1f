package org.medmassage.support.web;

/**
 * One reason a request was refused: the field (JSON path such as {@code lines[0].minutes}), the rule it breaks
 * (a rulebook ID such as {@code DX-08} or a constraint such as {@code NotNull}) and a message a person can act on.
 */
public record FieldProblem(String field, String rule, String message) {
}
