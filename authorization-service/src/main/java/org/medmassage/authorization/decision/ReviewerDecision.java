package org.medmassage.authorization.decision;

/**
 * What a reviewer decides on a pended request: the outcome, the visits of a partial approval, why (their rationale,
 * always), and for a denial the specific reason owed to the member and provider, coded ({@link DenialReasons}) and in
 * plain language (CMS-0057-F). Checked by {@link ReviewerDecisionPolicy}, so any field may be missing here.
 */
public record ReviewerDecision(
        Outcome outcome,
        Integer approvedVisits,
        String reason,
        String denialCode,
        String denialText) {

    /** The three outcomes a review can reach (§6.2): A1, A2, A3. A review does not pend again. */
    public enum Outcome {
        APPROVE,
        PARTIALLY_APPROVE,
        DENY
    }
}
