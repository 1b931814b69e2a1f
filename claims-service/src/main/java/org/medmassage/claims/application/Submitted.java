package org.medmassage.claims.application;

import java.util.Objects;
import org.medmassage.claims.adjudication.Claim;

/** The answer to POST /claims: the claim, and whether it is the one a first request with the same key received. */
public record Submitted(Claim claim, boolean replayed) {

    public Submitted {
        Objects.requireNonNull(claim, "claim");
    }
}
