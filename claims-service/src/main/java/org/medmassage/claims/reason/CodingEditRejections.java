package org.medmassage.claims.reason;

import java.time.LocalDate;
import java.util.Set;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * The coded rejections of the coding edits (RULEBOOK §4.3 NCCI PTP, MN-08 MUE), each a provider liability (CO: the
 * member owes nothing, RULEBOOK §10 mistake 4). Which of the rulebook's pairs (CO-97/CO-236, N19/N20) is decision 0054:
 * an edit no modifier can bypass bundles the service into the other (CO-97, N19); an edit a modifier could bypass
 * refuses the code combination as billed (CO-236, N20).
 */
public final class CodingEditRejections {

    /** The CARCs these edits put on a line denied at intake. */
    public static final Set<String> CARCS = Set.of("97", "236", "151");

    private CodingEditRejections() {
    }

    // CPT-03, indicator 0: the column-2 service is part of the column-1 service; no modifier changes that.
    public static CodedRejection bundled(String column1, String column2, LocalDate dateOfService) {
        return new CodedRejection(AdjustmentGroup.CO, "97", "N19", column2 + " on " + dateOfService
                + " is included in " + column1 + " (NCCI edit " + column1 + "/" + column2
                + ", modifier indicator 0: no modifier bypasses it)");
    }

    // CPT-03/CPT-04, indicator 1: not payable with column 1 unless 59/XE/XS/XP/XU is on the column-2 code.
    public static CodedRejection notPayableWith(String column1, String column2, LocalDate dateOfService,
            String modifierOnColumn1) {
        String misplaced = modifierOnColumn1 == null ? "" : "; modifier " + modifierOnColumn1 + " on " + column1
                + " does not bypass it (CPT-04: it belongs on the column-2 code)";
        return new CodedRejection(AdjustmentGroup.CO, "236", "N20", column2 + " on " + dateOfService
                + " is not payable with " + column1 + " (NCCI edit " + column1 + "/" + column2
                + ", modifier indicator 1): append 59, XE, XS, XP or XU to " + column2
                + " only if documentation shows a distinct region or time block" + misplaced);
    }

    // MN-08: more units of one code on one date than the medically unlikely edit allows; the whole line is denied.
    public static CodedRejection overUnitsPerDay(String procedureCode, int units, int maxUnits,
            LocalDate dateOfService, boolean summedOverTheDay) {
        String billed = summedOverTheDay ? "this line brings " + procedureCode + " to " + units + " units"
                : procedureCode + " x" + units;
        return new CodedRejection(AdjustmentGroup.CO, "151", "N362", billed + " on " + dateOfService
                + ", above the medically unlikely edit of " + maxUnits + " units per day (MN-08)");
    }
}
