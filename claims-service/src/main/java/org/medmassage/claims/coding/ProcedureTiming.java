package org.medmassage.claims.coding;

import java.util.Set;

/**
 * Which procedure codes are billed per session rather than per 15 minutes. Untimed codes are one unit per session
 * and never enter the minute pool (CPT-01 step 5); every other code a therapy line reports minutes for is a
 * 15-minute timed code (RULEBOOK §4.1: 97124, 97140, 97110, 97112, 97530, 97035 …).
 */
public final class ProcedureTiming {

    // RULEBOOK §4.1 untimed codes: supervised modalities and chiropractic manipulation.
    private static final Set<String> UNTIMED = Set.of("97010", "97012", "97014", "G0283", "98940", "98941", "98942");

    private ProcedureTiming() {
    }

    public static boolean isTimed(String procedureCode) {
        return !UNTIMED.contains(procedureCode);
    }
}
