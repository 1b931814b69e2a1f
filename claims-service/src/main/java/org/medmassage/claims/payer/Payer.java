package org.medmassage.claims.payer;

/**
 * Who a claim is billed to (837P SBR09 claim filing indicator, RULEBOOK §8.1): the member's health plan (CI and the
 * other commercial indicators), the employer's workers' compensation carrier (WC) or an auto insurer's personal injury
 * protection (AM). HEALTH_PLAN when the claim says nothing. SELF_PAY (RULEBOOK §7.4, decision 0073): the patient pays
 * the provider's cash rate and no payer is billed, so there is no SBR09: the rulebook's list of claim filing
 * indicators (§8.1) has none for it, and its indicator is null.
 */
public enum Payer {
    HEALTH_PLAN("CI"),
    WORKERS_COMP("WC"),
    AUTO_PIP("AM"),
    SELF_PAY(null);

    private final String claimFilingIndicator;

    Payer(String claimFilingIndicator) {
        this.claimFilingIndicator = claimFilingIndicator;
    }

    /** SBR09, as the 835's CLP06 gives it back; null for a self-paid claim, billed to no payer. */
    public String claimFilingIndicator() {
        return claimFilingIndicator;
    }
}
