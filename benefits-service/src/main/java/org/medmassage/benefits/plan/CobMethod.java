package org.medmassage.benefits.plan;

/**
 * How a plan pays as secondary (RULEBOOK §7.3 Example 11, plan configuration). STANDARD: up to its normal benefit,
 * the patient's liability capped at the allowed amount left after the primary paid. NON_DUPLICATION (carve-out): its
 * normal benefit less what the primary paid, so the patient owes what they would have owed without the primary.
 */
public enum CobMethod {
    STANDARD, NON_DUPLICATION
}
