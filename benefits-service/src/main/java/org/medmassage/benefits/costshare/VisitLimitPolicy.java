package org.medmassage.benefits.costshare;

import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * CS-06: one visit per date of service, whatever the number of lines or claims that day; visit n above the plan-year
 * limit is refused as a whole with PR-119 and RARC N640. A date already counted is covered again without counting.
 */
public final class VisitLimitPolicy {

    public VisitDecision decide(int visitLimit, int visitsUsed, boolean dateAlreadyCounted) {
        if (dateAlreadyCounted) {
            return new VisitDecision.Covered(visitsUsed, false);
        }
        int visitNumber = visitsUsed + 1;
        if (visitNumber > visitLimit) {
            return new VisitDecision.OverLimit(overLimit(visitNumber, visitLimit), visitsUsed, visitLimit);
        }
        return new VisitDecision.Covered(visitNumber, true);
    }

    private static CodedRejection overLimit(int visitNumber, int visitLimit) {
        return new CodedRejection(AdjustmentGroup.PR, "119", "N640",
                "visit " + visitNumber + " exceeds the plan-year limit of " + visitLimit + " visits");
    }
}
