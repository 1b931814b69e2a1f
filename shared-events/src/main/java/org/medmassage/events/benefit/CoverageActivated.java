package org.medmassage.events.benefit;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/**
 * A member is covered by a plan; carries the plan terms other services need (pre-auth, referral, visit limit).
 * {@code timedUnitMethod} (optional; null from senders before it existed): how the plan counts timed units,
 * {@code CMS_TOTAL_TIME} or {@code AMA_PER_CODE} (RULEBOOK §4.2); claims-service reads it at intake.
 * {@code coveredProviderTypes} (optional; null when the plan pays every provider type, and from senders before it
 * existed): the NUCC taxonomy codes of the providers the plan pays for massage (RULEBOOK §1.3, decision 0061).
 * {@code coveredProcedureCodes} (optional; null from senders before it existed): the procedure codes the plan's massage
 * benefit covers (RULEBOOK §5.2 step 0); authorization approves no other code (decision 0067).
 */
public record CoverageActivated(
        String memberId,
        String planId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        boolean preAuthRequired,
        boolean referralRequired,
        int visitLimit,
        String timedUnitMethod,
        List<String> coveredProviderTypes,
        List<String> coveredProcedureCodes) implements DomainEvent {

    /** From senders before coveredProcedureCodes existed: the codes are not stated. */
    public CoverageActivated(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo,
                             boolean preAuthRequired, boolean referralRequired, int visitLimit,
                             String timedUnitMethod, List<String> coveredProviderTypes) {
        this(memberId, planId, effectiveFrom, effectiveTo, preAuthRequired, referralRequired, visitLimit,
                timedUnitMethod, coveredProviderTypes, null);
    }

    /** A plan that pays every provider type. */
    public CoverageActivated(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo,
                             boolean preAuthRequired, boolean referralRequired, int visitLimit,
                             String timedUnitMethod) {
        this(memberId, planId, effectiveFrom, effectiveTo, preAuthRequired, referralRequired, visitLimit,
                timedUnitMethod, null);
    }

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
