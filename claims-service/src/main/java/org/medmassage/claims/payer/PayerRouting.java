package org.medmassage.claims.payer;

import java.util.Optional;
import java.util.Set;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * Is the health plan the right payer for this injury? A health-plan claim for a work injury belongs to the workers'
 * compensation carrier (CO-19) and one for an auto accident to the no-fault carrier first (CO-21), each with N4 (the
 * other payer's EOB is missing) — unless the claim carries that payer's own answer (WC's P2 "not work related"; PIP's
 * 119, 204 or 22), and the plan then adjudicates it as its own; a denial that answers the other injury proves nothing. Another accident, or a claim billed to WC itself, is not misrouted.
 */
public final class PayerRouting {

    /** RULEBOOK §7.2: the workers' comp carrier's P2, "not a work related injury", sends the claim to the plan. */
    static final Set<String> NOT_WORK_RELATED = Set.of("P2");
    /**
     * RULEBOOK §7.3: the no-fault carrier's proof that it will not pay: its limit exhausted (119), the service not a
     * PIP benefit (204, e.g. massage in Florida, ALT-03), or another payer's per coordination of benefits (22).
     */
    static final Set<String> NO_FAULT_WILL_NOT_PAY = Set.of("119", "204", "22");

    private PayerRouting() {
    }

    // only the denial that answers this injury's payer lifts the routing: any other code proves nothing about it
    private static boolean deniedBy(ClaimPayer claim, Set<String> answers) {
        return claim.priorDenial().map(PriorPayerDenial::carc).filter(answers::contains).isPresent();
    }

    /** The denial of every line when the health plan is not the right payer; empty when it adjudicates the claim. */
    public static Optional<CodedRejection> misrouted(ClaimPayer claim) {
        if (claim.payer() != Payer.HEALTH_PLAN) {
            return Optional.empty();
        }
        if (claim.relatedTo(RelatedCause.EMPLOYMENT) && !deniedBy(claim, NOT_WORK_RELATED)) {
            // RULEBOOK §7.2: health plan denial because the injury is work-related = CO-19
            return Optional.of(ClaimRejections.workRelated(claim.dateOfInjury()));
        }
        if (claim.relatedTo(RelatedCause.AUTO_ACCIDENT) && !deniedBy(claim, NO_FAULT_WILL_NOT_PAY)) {
            // RULEBOOK §7.3: accident care without the PIP exhaustion letter = CO-21 + N4
            return Optional.of(ClaimRejections.noFaultCarrierFirst(claim.accidentState(), claim.dateOfInjury()));
        }
        return Optional.empty();
    }
}
