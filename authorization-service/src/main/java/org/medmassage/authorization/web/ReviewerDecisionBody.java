package org.medmassage.authorization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.medmassage.authorization.decision.ReviewerDecision;
import org.medmassage.authorization.decision.ReviewerDecision.Outcome;

/**
 * POST /authorizations/{id}/decision. Only lengths are checked here: what each outcome needs is the domain's
 * (ReviewerDecisionPolicy), so a caller hears of every missing field at once.
 */
record ReviewerDecisionBody(
        Outcome outcome,
        Integer approvedVisits,
        @Size(max = 1000) String reason,
        @Valid DenialReasonBody denialReason) {

    /** The specific reason of a denial (CMS-0057-F): a code (a rulebook ID, e.g. MN-09) and plain-language text. */
    record DenialReasonBody(@Size(max = 16) String code, @Size(max = 1000) String text) {
    }

    ReviewerDecision toDecision() {
        return new ReviewerDecision(outcome, approvedVisits, reason,
                denialReason == null ? null : denialReason.code(), denialReason == null ? null : denialReason.text());
    }
}
