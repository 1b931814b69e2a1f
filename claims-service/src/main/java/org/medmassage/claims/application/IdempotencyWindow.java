package org.medmassage.claims.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long an Idempotency-Key answers with its first claim ({@code medmassage.claims.idempotency-window}, P1D). */
public record IdempotencyWindow(Duration length) {

    public IdempotencyWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("medmassage.claims.idempotency-window must be positive: " + length);
        }
    }

    /** Keys reserved before this instant have expired at {@code now}. */
    public Instant expiredBefore(Instant now) {
        return now.minus(length);
    }
}
