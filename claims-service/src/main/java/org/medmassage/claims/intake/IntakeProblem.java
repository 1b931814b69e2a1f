package org.medmassage.claims.intake;

/** One reason a claim is refused at intake: the JSON field, the rule it breaks and what to do about it. */
public record IntakeProblem(String field, String rule, String message) {
}
