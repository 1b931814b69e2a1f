package org.medmassage.benefits.plan;

/**
 * CS-04: how a family deductible combines with the individual one. EMBEDDED: a member owes
 * {@code min(individual remaining, family remaining)}; AGGREGATE: only the family remaining counts.
 */
public enum FamilyDeductible {
    EMBEDDED,
    AGGREGATE
}
