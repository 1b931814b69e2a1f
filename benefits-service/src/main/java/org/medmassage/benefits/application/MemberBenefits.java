package org.medmassage.benefits.application;

import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.coverage.Coverage;

/** A member's coverage on a date with the accumulators of the plan year that date selects (CS-03). */
public record MemberBenefits(Coverage coverage, Accumulators accumulators) {
}
