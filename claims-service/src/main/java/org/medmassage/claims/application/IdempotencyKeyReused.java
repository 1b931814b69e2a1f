package org.medmassage.claims.application;

import java.util.List;
import org.medmassage.claims.intake.IdempotencyKey;

/** An Idempotency-Key sent again with another claim: refused like a claim intake refuses (422), nothing stored. */
public class IdempotencyKeyReused extends ClaimRejected {

    public IdempotencyKeyReused(IdempotencyKey key) {
        super(List.of(key.reusedWithAnotherClaim()));
    }
}
