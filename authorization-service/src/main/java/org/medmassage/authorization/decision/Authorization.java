package org.medmassage.authorization.decision;

import java.time.Instant;

/**
 * An authorization request and where its review stands. Each state is its own type, because what may be done with it
 * differs: only a {@link PendedAuthorization} can still be decided, only an {@link ApprovedAuthorization} covers visits.
 */
public sealed interface Authorization permits PendedAuthorization, ApprovedAuthorization, DeniedAuthorization {

    AuthorizationId id();

    AuthorizationNumber number();

    AuthorizationRequest request();

    /** PA-02: when the decision is due; kept after the decision to measure turnaround. */
    Instant dueAt();

    AuthorizationStatus status();

    /** Why it is not a total approval; null for A1. */
    String reason();

    /** Applies a decision to a request that has none yet. */
    static Authorization of(AuthorizationId id, AuthorizationNumber number, AuthorizationRequest request, Instant dueAt,
            Decision decision, Instant decidedAt) {
        return of(id, number, request, dueAt, decision, decidedAt, null);
    }

    /** Applies a decision to a request that has none yet; {@code review} says who decided it, null for the rules. */
    static Authorization of(AuthorizationId id, AuthorizationNumber number, AuthorizationRequest request, Instant dueAt,
            Decision decision, Instant decidedAt, Review review) {
        if (decision instanceof Decision.Pended pended) {
            return new PendedAuthorization(id, number, request, dueAt, pended.reason());
        }
        if (decision instanceof Decision.Denied denied) {
            return new DeniedAuthorization(id, number, request, dueAt, denied.reasonCode(), denied.reason(), decidedAt,
                    review);
        }
        if (decision instanceof Decision.Approved approved) {
            return new ApprovedAuthorization(id, number, request, dueAt, AuthorizationStatus.APPROVED,
                    approved.visits(), approved.procedureCodes(), approved.window(), null, decidedAt, review);
        }
        Decision.PartiallyApproved partial = (Decision.PartiallyApproved) decision;
        return new ApprovedAuthorization(id, number, request, dueAt, AuthorizationStatus.PARTIALLY_APPROVED,
                partial.visits(), partial.procedureCodes(), partial.window(), partial.reason(), decidedAt, review);
    }
}
