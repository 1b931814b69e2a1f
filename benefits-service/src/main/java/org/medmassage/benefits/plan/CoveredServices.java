package org.medmassage.benefits.plan;

import java.util.Set;
import java.util.TreeSet;

/**
 * The procedure codes the plan's massage benefit covers (RULEBOOK §5.2 step 0, "benefit exists"). A plan that names
 * none covers the two medical-massage codes of RULEBOOK §4.1: 97124 (massage) and 97140 (manual therapy).
 */
public record CoveredServices(Set<String> procedureCodes) {

    public static final CoveredServices MEDICAL_MASSAGE = new CoveredServices(Set.of("97124", "97140"));

    public CoveredServices {
        procedureCodes = Set.copyOf(procedureCodes);
        if (procedureCodes.isEmpty()) {
            throw new IllegalArgumentException("a massage benefit covers at least one procedure code");
        }
    }

    public boolean covers(String procedureCode) {
        return procedureCodes.contains(procedureCode);
    }

    public Set<String> sorted() {
        return new TreeSet<>(procedureCodes);
    }
}
