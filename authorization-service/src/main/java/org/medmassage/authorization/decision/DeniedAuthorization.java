package org.medmassage.authorization.decision;

import java.time.Instant;
import java.util.Objects;

/** A3: not certified, with the specific reason the member and provider are owed (§6.3). Final. */
public record DeniedAuthorization(
        AuthorizationId id,
        AuthorizationNumber number,
        AuthorizationRequest request,
        Instant dueAt,
        String reason,
        Instant decidedAt) implements Authorization {

    public DeniedAuthorization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public AuthorizationStatus status() {
        return AuthorizationStatus.DENIED;
    }
}
