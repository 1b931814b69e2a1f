package org.medmassage.claims.estimate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One service of a planned series as the provider describes it: the code, units each session and how many sessions;
 * optionally the provider's usual (undiscounted) charge per unit, which the self-pay discount is measured from.
 */
public record PlannedService(String procedureCode, int unitsPerSession, int sessions, BigDecimal usualChargePerUnit) {

    public PlannedService {
        Objects.requireNonNull(procedureCode, "procedureCode");
        if (unitsPerSession < 1 || sessions < 1) {
            throw new IllegalArgumentException("a planned service has at least one unit and one session");
        }
    }

    public int units() {
        return unitsPerSession * sessions;
    }
}
