package org.medmassage.claims.adjudication;

import java.util.List;

/** A remittance that fails FMT-01, or cost share that does not add up to the allowed amount. */
public class UnbalancedRemittance extends IllegalArgumentException {

    private final List<String> violations;

    public UnbalancedRemittance(List<String> violations) {
        super(String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
