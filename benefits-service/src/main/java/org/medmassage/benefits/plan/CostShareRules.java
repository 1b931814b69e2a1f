package org.medmassage.benefits.plan;

import java.util.Objects;

/**
 * Plan-wide switches of the CS-01 order. {@code copayBeforeDeductible}: the per-visit copay is taken before the
 * deductible (the rest of the allowed amount then meets the deductible); {@code deductibleWaivedForRehab}: massage is a
 * rehab benefit and skips the deductible (Example 2); {@code hsaQualified}: an HSA-qualified HDHP, which allows neither
 * of those before the deductible is met (RULEBOOK §5.1, Example 8); {@code cobMethod}: how the plan pays as secondary
 * (RULEBOOK §7.3 Example 11), STANDARD unless the plan says otherwise.
 */
public record CostShareRules(FamilyDeductible familyDeductible, boolean copayBeforeDeductible,
                             boolean deductibleWaivedForRehab, boolean hsaQualified, CobMethod cobMethod) {

    public static final CostShareRules STANDARD = new CostShareRules(FamilyDeductible.EMBEDDED, false, false, false);

    public CostShareRules {
        familyDeductible = Objects.requireNonNullElse(familyDeductible, FamilyDeductible.EMBEDDED);
        cobMethod = Objects.requireNonNullElse(cobMethod, CobMethod.STANDARD);
    }

    /** A plan paying as secondary by standard COB. */
    public CostShareRules(FamilyDeductible familyDeductible, boolean copayBeforeDeductible,
                          boolean deductibleWaivedForRehab, boolean hsaQualified) {
        this(familyDeductible, copayBeforeDeductible, deductibleWaivedForRehab, hsaQualified, CobMethod.STANDARD);
    }
}
