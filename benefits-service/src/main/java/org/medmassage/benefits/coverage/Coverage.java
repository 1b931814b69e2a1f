package org.medmassage.benefits.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.medmassage.codesets.money.Money;

/**
 * A member enrolled in a plan from effectiveFrom to effectiveTo, both inclusive; no effectiveTo means open-ended.
 * A familyId makes it family (other-than-self-only) coverage: the members sharing it share the family deductible and
 * out-of-pocket maximum (CS-04); without one it is self-only coverage. {@code carryOverAccumulators}: a period starting
 * mid plan year keeps what the member already met that plan year (true, the usual case) or starts from zero.
 * {@code payerType} and {@code cobOrder} (issue 15, decision 0069): who pays under it, and its place among the member's
 * coverages of the same kind (1 primary). {@code accidentLimit} (auto PIP only, required there; decision 0074): what
 * the PIP coverage pays at most per accident (RULEBOOK §7.3).
 */
public record Coverage(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo, String familyId,
                       Relationship relationship, boolean carryOverAccumulators, PayerType payerType, int cobOrder,
                       BigDecimal accidentLimit) {

    /** The highest coordination-of-benefits order kept (1 primary, 2 secondary, 3 tertiary, …). */
    public static final int MAX_COB_ORDER = 9;

    public Coverage {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo is before effectiveFrom");
        }
        familyId = familyId == null || familyId.isBlank() ? null : familyId;
        relationship = Objects.requireNonNullElse(relationship, Relationship.SUBSCRIBER);
        payerType = Objects.requireNonNullElse(payerType, PayerType.COMMERCIAL);
        if (cobOrder < 1 || cobOrder > MAX_COB_ORDER) {
            throw new IllegalArgumentException("cobOrder is 1 to " + MAX_COB_ORDER + ", not " + cobOrder);
        }
        if ((payerType == PayerType.AUTO_PIP) != (accidentLimit != null)) {
            throw new IllegalArgumentException("an accident limit goes with an auto PIP coverage, and only with one");
        }
        accidentLimit = accidentLimit == null ? null : Money.scaled(accidentLimit);
    }

    /** A coverage with no per-accident limit: every payer type but auto PIP. */
    public Coverage(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo, String familyId,
                    Relationship relationship, boolean carryOverAccumulators, PayerType payerType, int cobOrder) {
        this(memberId, planId, effectiveFrom, effectiveTo, familyId, relationship, carryOverAccumulators, payerType,
                cobOrder, null);
    }

    /** The member's primary commercial coverage. */
    public Coverage(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo, String familyId,
                    Relationship relationship, boolean carryOverAccumulators) {
        this(memberId, planId, effectiveFrom, effectiveTo, familyId, relationship, carryOverAccumulators,
                PayerType.COMMERCIAL, 1);
    }

    /** A period that carries the plan year's accumulators over from the member's earlier periods. */
    public Coverage(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo, String familyId,
                    Relationship relationship) {
        this(memberId, planId, effectiveFrom, effectiveTo, familyId, relationship, true);
    }

    /** Self-only coverage of the subscriber. */
    public Coverage(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this(memberId, planId, effectiveFrom, effectiveTo, null, Relationship.SUBSCRIBER);
    }

    /**
     * The coverage a health-plan claim is adjudicated against and its accumulators kept for: the primary health plan.
     * Secondary plans and injury payers (workers' comp, PIP) are issue 15's coordination of benefits.
     */
    public boolean isPrimaryHealthPlan() {
        return payerType.isHealthPlan() && cobOrder == 1;
    }

    public boolean isFamilyCoverage() {
        return familyId != null;
    }

    /** The accumulators this member's claims must be serialized on: the family's when it shares them (CS-04). */
    public String accumulatorScope() {
        return isFamilyCoverage() ? "family:" + familyId : "member:" + memberId;
    }

    /** Eligibility is judged on the date of service (CS-01 step 0), not on the day the claim is processed. */
    public boolean coversOn(LocalDate dateOfService) {
        return !dateOfService.isBefore(effectiveFrom) && (effectiveTo == null || !dateOfService.isAfter(effectiveTo));
    }
}
