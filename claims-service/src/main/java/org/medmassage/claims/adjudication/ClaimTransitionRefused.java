package org.medmassage.claims.adjudication;

/** A transition the saga does not allow, e.g. anything out of a terminal state. */
public class ClaimTransitionRefused extends IllegalStateException {

    private final ClaimStatus from;
    private final ClaimStatus to;

    public ClaimTransitionRefused(String claimId, ClaimStatus from, ClaimStatus to) {
        super("claim " + claimId + " cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public ClaimStatus from() {
        return from;
    }

    public ClaimStatus to() {
        return to;
    }
}
