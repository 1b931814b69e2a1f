package org.medmassage.claims.adjudication;

import java.util.EnumSet;
import java.util.Set;

/**
 * The claim saga's states (DESIGN §4). A claim moves forward only. PAID, PARTIALLY_PAID and DENIED are terminal for
 * the saga: no saga event moves them, which is what makes a re-delivered or late event harmless. Only a void (CS-07,
 * asked for over HTTP, never by an event) leaves them, into VOIDED, which nothing leaves. PENDED is a claim whose
 * answer came and could not be used; it moves on as the step it waits in ({@link Pend#step()}) would.
 */
public enum ClaimStatus {
    RECEIVED,
    IN_PROCESS,
    PAID,
    PARTIALLY_PAID,
    DENIED,
    VOIDED,
    PENDED;

    /** Adjudicated: the claim has its remittance and the saga is done with it. */
    public boolean isTerminal() {
        return this != RECEIVED && this != IN_PROCESS && this != PENDED;
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    private Set<ClaimStatus> next() {
        return switch (this) {
            // VisitAuthorized starts cost share; VisitNotAuthorized denies before any cost share.
            // An answer that cannot be used (undecodable, unbalanced) pends the claim instead of stranding it.
            // A workers' comp claim is paid at intake at the state fee schedule (decision 0068).
            case RECEIVED -> EnumSet.of(IN_PROCESS, PAID, PARTIALLY_PAID, DENIED, PENDED);
            // CostShareApplied decides per line; BenefitLimitReached / CostShareDenied deny the visit.
            case IN_PROCESS -> EnumSet.of(PAID, PARTIALLY_PAID, DENIED, PENDED);
            // CS-07: an adjudicated claim may be cancelled; its remittance stays as the record of what was decided.
            case PAID, PARTIALLY_PAID, DENIED -> EnumSet.of(VOIDED);
            case VOIDED, PENDED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }
}
