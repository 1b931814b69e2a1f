package org.medmassage.events.referral;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** A referral's validity window ended (MN-04): no session after validTo may be authorized against it. */
public record ReferralExpired(
        String referralId,
        String memberId,
        LocalDate validTo,
        int sessionsUsed,
        int sessions) implements DomainEvent {

    @Override
    public String correlationId() {
        return referralId;
    }
}
