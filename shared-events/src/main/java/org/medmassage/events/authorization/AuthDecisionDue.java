package org.medmassage.events.authorization;

import java.time.Instant;
import org.medmassage.events.DomainEvent;

/**
 * PA-02: a pended request nears its decision deadline ({@code breached} false: within the payer's warning window) or
 * has passed it ({@code breached} true). Each is announced once per request, for the reviewer queue.
 */
public record AuthDecisionDue(
        String authorizationId,
        String authorizationNumber,
        String memberId,
        String priority,
        Instant dueAt,
        boolean breached) implements DomainEvent {

    @Override
    public String correlationId() {
        return authorizationId;
    }
}
