package org.medmassage.benefits.plan;

/** One reason a plan cannot be registered: the field at fault, the rule it breaks, a sentence a person can read. */
public record PlanProblem(String field, String rule, String message) {
}
