package org.medmassage.events.authorization;

import org.medmassage.events.DomainEvent;

/** Every approved visit has been used. */
public record AuthExhausted(
        String authorizationId,
        String authorizationNumber,
        String memberId,
        int approvedVisits) implements DomainEvent {

    @Override
    public String correlationId() {
        return authorizationId;
    }
}
