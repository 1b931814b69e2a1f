package org.medmassage.benefits.application;

import org.medmassage.benefits.plan.BenefitPlan;

/** A plan version as registered: its terms and the year whose ACA/HSA limits it was checked against (null: none). */
public record RegisteredPlan(BenefitPlan plan, Integer annualLimitsYear) {
}
