package org.medmassage.events.authorization;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/**
 * A visit consumed for a claim that was later denied or voided is given back (PA-04) — only when no other claim of the
 * same date still stands; otherwise the visit passes to that claim and nothing is released.
 * On a plan requiring a referral but no pre-authorization the visit is a referral's session: {@code authorizationId}
 * and {@code authorizationNumber} are null, {@code visitsUsed} 0, and {@code referralId} with
 * {@code referralSessionsUsed} say which referral got its session back and how many such sessions it still has used
 * (both null from an older producer and on an authorization's visit; ADR 0066).
 */
public record VisitReleased(
        String claimId,
        String memberId,
        String authorizationId,
        String authorizationNumber,
        LocalDate dateOfService,
        int visitsUsed,
        String referralId,
        Integer referralSessionsUsed) implements DomainEvent {

    /** An authorization's visit given back. */
    public VisitReleased(String claimId, String memberId, String authorizationId, String authorizationNumber,
                         LocalDate dateOfService, int visitsUsed) {
        this(claimId, memberId, authorizationId, authorizationNumber, dateOfService, visitsUsed, null, null);
    }

    /** A referral's session given back on a plan that asks no pre-authorization. */
    public static VisitReleased referralSession(String claimId, String memberId, LocalDate dateOfService,
                                                String referralId, int referralSessionsUsed) {
        return new VisitReleased(claimId, memberId, null, null, dateOfService, 0, referralId, referralSessionsUsed);
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
