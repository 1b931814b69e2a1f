package org.medmassage.events.benefit;

/**
 * A line of a covered visit whose procedure code the member's plan does not cover (RULEBOOK §5.2 step 0, "benefit
 * exists"): denied for its whole charge, e.g. PR-204 with RARC N130; nothing of it posts to the accumulators (CS-05).
 */
public record NotCoveredLine(
        int lineNumber,
        String procedureCode,
        String group,
        String carc,
        String rarc,
        String reason) {
}
