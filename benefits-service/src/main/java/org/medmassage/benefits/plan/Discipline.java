package org.medmassage.benefits.plan;

/** The therapy disciplines a visit limit may be shared by (CS-06 VISITS_REHAB_COMBINED). */
public enum Discipline {
    MASSAGE,
    PHYSICAL_THERAPY,
    OCCUPATIONAL_THERAPY,
    CHIROPRACTIC
}
