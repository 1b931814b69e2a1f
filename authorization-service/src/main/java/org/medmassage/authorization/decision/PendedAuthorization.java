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

    /** Takes a reviewer's decision (A1, A2 or A3), recording who made it and why. */
    public Authorization decideOnReview(Decision decision, Review review, Instant decidedAt) {
        if (decision instanceof Decision.Pended) {
            throw new IllegalArgumentException("a review decides: it does not pend again");
        }
        return Authorization.of(id, number, request, dueAt, decision, decidedAt, review);
    }

    public boolean isOverdueAt(Instant now) {
        return now.isAfter(dueAt);
    }
}
