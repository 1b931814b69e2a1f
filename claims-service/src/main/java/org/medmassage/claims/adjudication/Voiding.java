package org.medmassage.claims.adjudication;

import java.time.Instant;
import java.util.Objects;

/** Why and when an adjudicated claim was cancelled (CS-07; 835 CLP02 = 22 reversal of the original payment). */
public record Voiding(String reason, Instant voidedAt) {

    public static final int MAX_REASON_LENGTH = 500;

    public Voiding {
        Objects.requireNonNull(voidedAt, "voidedAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a void needs a reason");
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("a void reason has at most " + MAX_REASON_LENGTH + " characters");
        }
    }
}
