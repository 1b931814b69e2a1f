package org.medmassage.events.benefit;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/**
 * A member is covered by a plan; carries the plan terms other services need (pre-auth, referral, visit limit).
 * {@code timedUnitMethod} (optional; null from senders before it existed): how the plan counts timed units,
 * {@code CMS_TOTAL_TIME} or {@code AMA_PER_CODE} (RULEBOOK §4.2); claims-service reads it at intake.
 */
public record CoverageActivated(
        String memberId,
        String planId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        boolean preAuthRequired,
        boolean referralRequired,
        int visitLimit,
        String timedUnitMethod) implements DomainEvent {

    /** Before timedUnitMethod existed: the reader's default method applies. */
    public CoverageActivated(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo,
                             boolean preAuthRequired, boolean referralRequired, int visitLimit) {
        this(memberId, planId, effectiveFrom, effectiveTo, preAuthRequired, referralRequired, visitLimit, null);
    }

    @Override
    public String correlationId() {
        return memberId + ":" + planId;
    }
}
