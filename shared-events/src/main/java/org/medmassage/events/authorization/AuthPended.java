package org.medmassage.events.authorization;

import org.medmassage.events.DomainEvent;

/** X12 HCR01 A4: pended, waiting for information (for example the referral) or clinical review. */
public record AuthPended(
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
