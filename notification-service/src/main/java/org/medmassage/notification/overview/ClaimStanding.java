package org.medmassage.notification.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medmassage.events.claim.ClaimAdjudicated;

/**
 * One visit's claim as the member sees it: the outcome, what they owe, what the plan paid, and in words why (the
 * same words as its notification, so the list and the timeline never disagree).
 */
public record ClaimStanding(
        String claimId,
        LocalDate dateOfService,
        String status,
        String payer,
        BigDecimal charged,
        BigDecimal planPaid,
        BigDecimal youOwe,
        String explanation) {

    static ClaimStanding adjudicated(ClaimAdjudicated claim, String explanation) {
        return new ClaimStanding(claim.claimId(), claim.dateOfService(), claim.status(),
                claim.payer() == null ? "HEALTH_PLAN" : claim.payer(), claim.totalCharge(), claim.planPaid(),
                claim.patientResponsibility(), explanation);
    }

    /** CS-07: a voided claim is as if never billed: nobody owes or pays anything for it. */
    ClaimStanding voided(String why) {
        BigDecimal nothing = new BigDecimal("0.00");
        return new ClaimStanding(claimId, dateOfService, "VOIDED", payer, charged, nothing, nothing, why);
    }
}
