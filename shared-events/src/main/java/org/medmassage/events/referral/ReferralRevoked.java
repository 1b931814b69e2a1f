package org.medmassage.events.referral;

import org.medmassage.events.DomainEvent;

/** A referral withdrawn by the prescriber or the payer; no visit may be authorized against it any more. */
public record ReferralRevoked(String referralId, String memberId, String reason) implements DomainEvent {

    @Override
    public String correlationId() {
        return referralId;
    }
}
