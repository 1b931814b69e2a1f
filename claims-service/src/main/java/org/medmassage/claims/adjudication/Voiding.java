package org.medmassage.claims.adjudication;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Why and when an adjudicated claim was cancelled (CS-07; 835 CLP02 = 22 reversal of the original payment), and the
 * claim that replaced it when a frequency-7 claim voided it (null otherwise).
 */
public record Voiding(String reason, Instant voidedAt, UUID replacedByClaimId) {

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

    /** A void that no claim replaces. */
    public Voiding(String reason, Instant voidedAt) {
        this(reason, voidedAt, null);
    }

    /** The frequency-8 void: the provider cancels its own claim (837P CLM05-3 = 8). */
    public static Voiding byProvider(Instant at) {
        return new Voiding("voided by the provider (frequency 8)", at);
    }

    /** The frequency-7 replacement: the claim is voided in favour of {@code replacement} (837P CLM05-3 = 7). */
    public static Voiding replacedBy(UUID replacement, Instant at) {
        return new Voiding("replaced by claim " + replacement + " (frequency 7)", at,
                Objects.requireNonNull(replacement, "replacement"));
    }

    public Optional<UUID> replacedBy() {
        return Optional.ofNullable(replacedByClaimId);
    }
}
