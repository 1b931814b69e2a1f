package org.medmassage.authorization.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A provider's request to treat a member under a referral (PA-01, reduced to what this payer decides on). */
public record AuthorizationRequest(
        String memberId,
        String referralId,
        String providerNpi,
        List<String> procedureCodes,
        int requestedVisits,
        LocalDate startDate,
        Priority priority,
        Instant receivedAt) {

    public AuthorizationRequest {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(providerNpi, "providerNpi");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(receivedAt, "receivedAt");
        procedureCodes = procedureCodes.stream().distinct().toList();
        if (procedureCodes.isEmpty()) {
            throw new IllegalArgumentException("an authorization request names at least one procedure code");
        }
        if (requestedVisits < 1) {
            throw new IllegalArgumentException("an authorization request asks for at least one visit, got " + requestedVisits);
        }
    }
}
