package org.medmassage.events;

import java.math.BigDecimal;

/** One 835 CAS triplet: group (CO, PR, OA, PI), claim adjustment reason code, amount. */
public record Adjustment(String group, String carc, BigDecimal amount) {
}
