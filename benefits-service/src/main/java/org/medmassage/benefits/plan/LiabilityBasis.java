package org.medmassage.benefits.plan;

/** CS-06: what the patient owes (PR-119) for a visit past an exhausted visit limit: the charge or the allowed amount. */
public enum LiabilityBasis {
    BILLED,
    ALLOWED
}
