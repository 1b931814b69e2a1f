package org.medmassage.authorization.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * PA-06: a provider asks to extend a certified authorization, by more visits, a later end, or both, and says why (its
 * progress documentation). {@code additionalVisits} and {@code endDate} are null when not asked for.
 */
public record Extension(Integer additionalVisits, LocalDate endDate, String reason, Instant receivedAt) {

    public Extension {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
