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
 * {@code payerType} (COMMERCIAL, MEDICARE_ADVANTAGE, MEDICAID, WORKERS_COMP, AUTO_PIP) and {@code cobOrder} (1 primary,
 * 2 secondary, …), both optional (null from senders before they existed: a primary commercial plan, decision 0069).
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
        List<String> coveredProcedureCodes,
        String payerType,
        Integer cobOrder) implements DomainEvent {

    /** From senders before payerType and cobOrder existed: the member's primary commercial plan. */
    public CoverageActivated(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo,
                             boolean preAuthRequired, boolean referralRequired, int visitLimit,
                             String timedUnitMethod, List<String> coveredProviderTypes,
                             List<String> coveredProcedureCodes) {
        this(memberId, planId, effectiveFrom, effectiveTo, preAuthRequired, referralRequired, visitLimit,
                timedUnitMethod, coveredProviderTypes, coveredProcedureCodes, null, null);
    }

    /** From senders before coveredProcedureCodes existed: the codes are not stated. */
    public CoverageActivated(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo,
                             boolean preAuthRequired, boolean referralRequired, int visitLimit,
                             String timedUnitMethod, List<String> coveredProviderTypes) {
        this(memberId, planId, effectiveFrom, effectiveTo, preAuthRequired, referralRequired, visitLimit,
                timedUnitMethod, coveredProviderTypes, null, null, null);
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

    /** The plan a health-plan claim is judged against: a health plan, first in COB order (decision 0069). */
    public boolean appliesToHealthPlanClaims() {
        boolean healthPlan = payerType == null || !(payerType.equals("WORKERS_COMP") || payerType.equals("AUTO_PIP"));
        return healthPlan && (cobOrder == null || cobOrder == 1);
    }

    @Override
    public String correlationId() {
        return memberId + ":" + planId;
    }
}
