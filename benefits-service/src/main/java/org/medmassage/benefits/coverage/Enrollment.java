package org.medmassage.benefits.coverage;

import java.util.Objects;
import org.medmassage.benefits.plan.BenefitPlan;

/** A member's coverage together with the plan it points to: everything needed to share a claim's cost. */
public record Enrollment(Coverage coverage, BenefitPlan plan) {

    public Enrollment {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(plan, "plan");
        if (!coverage.planId().equals(plan.planId())) {
            throw new IllegalArgumentException("coverage is for plan " + coverage.planId() + ", not " + plan.planId());
        }
    }
}
