package org.medmassage.authorization.decision;

import java.time.Instant;
import java.util.Objects;

/** A4: received, waiting for what it needs (the referral). Its decision clock keeps running (PA-02). */
public record PendedAuthorization(
        AuthorizationId id,
        AuthorizationNumber number,
        AuthorizationRequest request,
        Instant dueAt,
        String reason) implements Authorization {

    public PendedAuthorization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    @Override
    public AuthorizationStatus status() {
        return AuthorizationStatus.PENDED;
    }

    /** Takes the decision made now that more is known; a decision that is again a pend leaves it pended. */
    public Authorization decide(Decision decision, Instant decidedAt) {
        return Authorization.of(id, number, request, dueAt, decision, decidedAt);
    }

    public boolean isOverdueAt(Instant now) {
        return now.isAfter(dueAt);
    }
}
