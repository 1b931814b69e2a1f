package org.medmassage.authorization.decision;

/** The review outcome, stored with its X12 306 (HCR01) code (RULEBOOK §6.2; A2 is partial, A3 is denied). */
public enum AuthorizationStatus {
    APPROVED("A1"),
    PARTIALLY_APPROVED("A2"),
    DENIED("A3"),
    PENDED("A4");

    private final String x12Code;

    AuthorizationStatus(String x12Code) {
        this.x12Code = x12Code;
    }

    public String x12Code() {
        return x12Code;
    }

    /** Approved in total or in part: the authorization can be used by claims. */
    public boolean isCertified() {
        return this == APPROVED || this == PARTIALLY_APPROVED;
    }
}
