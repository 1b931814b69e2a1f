package org.medmassage.benefits.plan;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * CS-06: covered visits per plan year, the disciplines that share them, and who pays past the limit. Visits count once
 * per member, date of service and benefit group.
 */
public record VisitBenefit(int limit, Set<Discipline> sharedBy, LiabilityBasis liabilityWhenExhausted) {

    public static final String REHAB_COMBINED = "VISITS_REHAB_COMBINED";

    public VisitBenefit {
        if (limit < 0) {
            throw new IllegalArgumentException("visitLimit must not be negative");
        }
        sharedBy = sharedBy == null || sharedBy.isEmpty() ? Set.of(Discipline.MASSAGE) : Set.copyOf(sharedBy);
        if (!sharedBy.contains(Discipline.MASSAGE)) {
            throw new IllegalArgumentException("the massage visit limit must be shared by MASSAGE");
        }
        liabilityWhenExhausted = Objects.requireNonNullElse(liabilityWhenExhausted, LiabilityBasis.BILLED);
    }

    /** Massage alone, the patient owing the charge past the limit. */
    public static VisitBenefit massageOnly(int limit) {
        return new VisitBenefit(limit, EnumSet.of(Discipline.MASSAGE), LiabilityBasis.BILLED);
    }

    /** The accumulator bucket of the visits: VISITS_REHAB_COMBINED when disciplines share it, else VISITS_MASSAGE. */
    public String benefitGroup() {
        return sharedBy.size() > 1 ? REHAB_COMBINED : "VISITS_MASSAGE";
    }
}
