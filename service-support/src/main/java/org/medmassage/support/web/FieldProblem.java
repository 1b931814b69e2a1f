package org.medmassage.support.web;

/**
 * The former problem type of this package, kept only as a bridge.
 *
 * @deprecated use {@link org.medmassage.codesets.problem.FieldProblem}, the one problem type of every service. Its
 *     last user is authorization-service's {@code AuthorizationRequestBody}, left unchanged while that service is
 *     reworked on another branch; once it imports the code-sets type, delete this record and
 *     {@link RequestRejectedException#unprocessable(String, java.util.Collection)}.
 */
@Deprecated(forRemoval = true)
public record FieldProblem(String field, String rule, String message) {

    org.medmassage.codesets.problem.FieldProblem shared() {
        return new org.medmassage.codesets.problem.FieldProblem(field, rule, message);
    }
}
