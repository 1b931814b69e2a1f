package org.medmassage.claims.payer;

/** 837P CLM11 related causes (RULEBOOK §7.2, §7.3, §8.1): why the patient needs the care, when an injury is the cause. */
public enum RelatedCause {
    /** CLM11 EM: injured at work, the workers' compensation carrier's liability. */
    EMPLOYMENT("EM"),
    /** CLM11 AA:&lt;state&gt;: an auto accident, no-fault (PIP) first in the state of the accident. */
    AUTO_ACCIDENT("AA"),
    /** CLM11 OA: another accident; the health plan pays (third-party liability is not pursued here). */
    OTHER_ACCIDENT("OA");

    private final String x12Code;

    RelatedCause(String x12Code) {
        this.x12Code = x12Code;
    }

    public String x12Code() {
        return x12Code;
    }
}
