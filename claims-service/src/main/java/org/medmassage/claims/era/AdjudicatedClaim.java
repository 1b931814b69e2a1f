package org.medmassage.claims.era;

import java.time.Instant;
import java.util.Objects;
import org.medmassage.claims.adjudication.Claim;

/** A decided claim with the moment it was decided (its 835 production date); it may have been voided since. */
public record AdjudicatedClaim(Claim claim, Instant decidedAt) {

    public AdjudicatedClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (claim.remittance().isEmpty()) {
            throw new IllegalArgumentException("claim " + claim.id() + " is not decided: " + claim.status());
        }
    }
}
