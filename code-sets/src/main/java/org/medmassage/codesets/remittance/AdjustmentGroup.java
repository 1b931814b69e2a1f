package org.medmassage.codesets.remittance;

/** 835 CAS group codes: who carries an adjustment (RULEBOOK §5.1). */
public enum AdjustmentGroup {
    /** Contractual obligation: the provider writes it off; never billed to the patient. */
    CO,
    /** Patient responsibility: the patient owes it. */
    PR,
    /** Other adjustment, neither provider nor patient (duplicates, prior payer). */
    OA,
    /** Payer-initiated reduction. */
    PI;

    /** The group of an answer from another service; an unknown code is refused by name, never guessed. */
    public static AdjustmentGroup of(String code) {
        for (AdjustmentGroup group : values()) {
            if (group.name().equals(code)) {
                return group;
            }
        }
        throw new IllegalArgumentException("unknown claim adjustment group '" + code + "' (known: CO, PR, OA, PI)");
    }

    public boolean isPatientResponsibility() {
        return this == PR;
    }
}
