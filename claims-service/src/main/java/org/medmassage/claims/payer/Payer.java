package org.medmassage.claims.payer;

/**
 * Who a claim is billed to (837P SBR09 claim filing indicator, RULEBOOK §8.1): the member's health plan (CI and the
 * other commercial indicators), the employer's workers' compensation carrier (WC) or an auto insurer's personal injury
 * protection (AM). HEALTH_PLAN when the claim says nothing.
 */
public enum Payer {
    HEALTH_PLAN("CI"),
    WORKERS_COMP("WC"),
    AUTO_PIP("AM");

    private final String claimFilingIndicator;

    Payer(String claimFilingIndicator) {
        this.claimFilingIndicator = claimFilingIndicator;
    }

    /** SBR09, as the 835's CLP06 gives it back. */
    public String claimFilingIndicator() {
        return claimFilingIndicator;
    }
}
