package org.medmassage.claims.application;

import java.util.List;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.NotCoveredLine;

/** Benefits' refusals as the claim's coded rejections, read the same way whichever answer carries them. */
final class BenefitDenials {

    private BenefitDenials() {
    }

    // CS-06: over the visit limit the patient owes the visit (PR-119, N640), on the allowed amount if the plan says so.
    static CodedRejection visitLimit(BenefitLimitReached event) {
        return new CodedRejection(AdjustmentGroup.PR, event.carc(), event.rarc(),
                "visit limit reached: " + event.visitsUsed() + " of " + event.visitLimit() + " visits used",
                "ALLOWED".equals(event.liabilityBasis()));
    }

    /** The contracts allow null for "every line covered" (events from before the field existed). */
    static List<UncoveredLine> notCovered(List<NotCoveredLine> lines) {
        return lines == null ? List.of() : lines.stream().map(BenefitDenials::notCovered).toList();
    }

    // RULEBOOK §5.2 step 0: the benefit does not exist, so the line is denied as benefits coded it (e.g. PR-204 N130).
    private static UncoveredLine notCovered(NotCoveredLine line) {
        return new UncoveredLine(line.lineNumber(), new CodedRejection(AdjustmentGroup.of(line.group()),
                line.carc(), line.rarc(), line.reason()));
    }
}
