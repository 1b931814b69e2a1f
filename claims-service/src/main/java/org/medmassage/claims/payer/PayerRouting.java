package org.medmassage.claims.payer;

import java.util.Optional;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * Is the health plan the right payer for this injury? A health-plan claim for a work injury belongs to the workers'
 * compensation carrier (CO-19) and one for an auto accident to the no-fault carrier first (CO-21), each with N4 (the
 * other payer's EOB is missing) — unless the claim carries that payer's denial, e.g. WC's P2 "not work related", and
 * the plan then adjudicates it as its own. Another accident, or a claim billed to WC itself, is not misrouted.
 */
public final class PayerRouting {

    private PayerRouting() {
    }

    /** The denial of every line when the health plan is not the right payer; empty when it adjudicates the claim. */
    public static Optional<CodedRejection> misrouted(ClaimPayer claim) {
        if (claim.payer() != Payer.HEALTH_PLAN || claim.priorDenial().isPresent()) {
            return Optional.empty();
        }
        if (claim.relatedTo(RelatedCause.EMPLOYMENT)) {
            // RULEBOOK §7.2: health plan denial because the injury is work-related = CO-19
            return Optional.of(ClaimRejections.workRelated(claim.dateOfInjury()));
        }
        if (claim.relatedTo(RelatedCause.AUTO_ACCIDENT)) {
            // RULEBOOK §7.3: accident care without the PIP exhaustion letter = CO-21 + N4
            return Optional.of(ClaimRejections.noFaultCarrierFirst(claim.accidentState(), claim.dateOfInjury()));
        }
        return Optional.empty();
    }
}
