package org.medmassage.benefits.coverage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member enrolled in a plan from effectiveFrom to effectiveTo, both inclusive; no effectiveTo means open-ended.
 * A familyId makes it family (other-than-self-only) coverage: the members sharing it share the family deductible and
 * out-of-pocket maximum (CS-04); without one it is self-only coverage. {@code carryOverAccumulators}: a period starting
 * mid plan year keeps what the member already met that plan year (true, the usual case) or starts from zero.
 */
public record Coverage(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo, String familyId,
                       Relationship relationship, boolean carryOverAccumulators) {

    public Coverage {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo is before effectiveFrom");
        }
        familyId = familyId == null || familyId.isBlank() ? null : familyId;
        relationship = Objects.requireNonNullElse(relationship, Relationship.SUBSCRIBER);
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
