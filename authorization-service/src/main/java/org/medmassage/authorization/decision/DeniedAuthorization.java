package org.medmassage.authorization.decision;

import java.time.Instant;
import java.util.Objects;

/**
 * A3: not certified, with the specific reason the member and provider are owed (§6.3): its code ({@link DenialReasons};
 * null on denials stored before codes were) and its text. {@code review} is null when the rules decided it alone. Final.
 */
public record DeniedAuthorization(
        AuthorizationId id,
        AuthorizationNumber number,
        AuthorizationRequest request,
        Instant dueAt,
        String reasonCode,
        String reason,
        Instant decidedAt,
        Review review) implements Authorization {

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
