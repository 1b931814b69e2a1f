package org.medmassage.benefits.application;

/**
 * Where a claim stands in the ledger before its cost share is applied: voided (it never posts again), or holding
 * active rows from an earlier application (to give back first, CS-07). Neither, the common case, costs no reversal.
 */
public record ClaimStanding(boolean voided, boolean posted) {
}
