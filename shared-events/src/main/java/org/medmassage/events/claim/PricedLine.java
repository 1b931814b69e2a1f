package org.medmassage.events.claim;

import java.math.BigDecimal;

/** A service line after pricing: allowed = fee per unit × units (CS-01 step 1). */
public record PricedLine(int lineNumber, String procedureCode, int units, BigDecimal charge, BigDecimal allowed) {
}
