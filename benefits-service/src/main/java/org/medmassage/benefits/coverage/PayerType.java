package org.medmassage.benefits.coverage;

/**
 * Who pays under a coverage (issue 15): a health plan (commercial, Medicare Advantage, Medicaid) or a payer for one
 * kind of injury (workers' compensation, auto PIP), which is primary for the injuries it owes (RULEBOOK §7.2, §7.3).
 */
public enum PayerType {
    COMMERCIAL, MEDICARE_ADVANTAGE, MEDICAID, WORKERS_COMP, AUTO_PIP;

    public boolean isHealthPlan() {
        return this != WORKERS_COMP && this != AUTO_PIP;
    }

    /** Coverages of one kind and COB order replace one another over time; other kinds sit beside them. */
    public String kind() {
        return isHealthPlan() ? "HEALTH" : name();
    }
}
