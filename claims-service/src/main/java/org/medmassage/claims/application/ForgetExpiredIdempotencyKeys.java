package org.medmassage.claims.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Deletes the Idempotency-Keys older than the window: their claims stay, a new request may use the key again. */
@Service
public class ForgetExpiredIdempotencyKeys {

    private final IdempotencyKeys keys;
    private final IdempotencyWindow window;
    private final Clock clock;

    public ForgetExpiredIdempotencyKeys(IdempotencyKeys keys, IdempotencyWindow window, Clock clock) {
        this.keys = keys;
        this.window = window;
        this.clock = clock;
    }

    /** The number of keys forgotten. */
    public Mono<Long> forget() {
        return keys.forgetReservedBefore(window.expiredBefore(clock.instant()));
    }
}
