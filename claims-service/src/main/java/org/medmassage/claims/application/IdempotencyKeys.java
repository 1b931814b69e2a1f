package org.medmassage.claims.application;

import java.time.Instant;
import java.util.UUID;
import org.medmassage.claims.intake.IdempotencyKey;
import reactor.core.publisher.Mono;

/** The Idempotency-Keys of POST /claims, each held for the claim of its first request while the window lasts. */
public interface IdempotencyKeys {

    /** A key's first request: the claim it created and its fingerprint ({@code SubmissionFingerprint}). */
    record Reservation(UUID claimId, String fingerprint) {
    }

    /**
     * Reserves the key for this claim, unless a reservation made at or after {@code expiredBefore} holds it: true when
     * reserved. A uniqueness constraint decides, so of concurrent requests with one key exactly one reserves it; the
     * others wait until its transaction ends and then see its reservation (or reserve it, if it rolled back).
     */
    Mono<Boolean> reserve(IdempotencyKey key, Reservation reservation, Instant at, Instant expiredBefore);

    Mono<Reservation> find(IdempotencyKey key);

    /** Forgets the keys reserved before {@code expiredBefore}; the number forgotten. */
    Mono<Long> forgetReservedBefore(Instant expiredBefore);
}
