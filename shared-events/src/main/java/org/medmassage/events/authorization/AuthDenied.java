package org.medmassage.events.authorization;

import org.medmassage.events.DomainEvent;

/** X12 HCR01 A3: not certified, always with a specific reason. */
public record AuthDenied(
        String authorizationId,
        String authorizationNumber,
        String memberId,
        String referralId,
        String reason) implements DomainEvent {

    @Override
    public String correlationId() {
        return authorizationId;
    }
}
