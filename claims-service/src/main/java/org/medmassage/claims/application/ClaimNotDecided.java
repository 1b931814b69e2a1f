package org.medmassage.claims.application;

import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;

/** A claim still in the saga (RECEIVED, IN_PROCESS or PENDED): it has no remittance and no explanation yet. */
public class ClaimNotDecided extends RuntimeException {

    private final String claimId;
    private final ClaimStatus status;

    public ClaimNotDecided(Claim claim) {
        super("claim " + claim.id() + " is not decided yet (" + claim.status() + ")");
        this.claimId = claim.id().toString();
        this.status = claim.status();
    }

    public String claimId() {
        return claimId;
    }

    public ClaimStatus status() {
        return status;
    }
}
