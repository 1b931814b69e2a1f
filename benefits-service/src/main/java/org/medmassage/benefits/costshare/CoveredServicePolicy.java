package org.medmassage.benefits.costshare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * RULEBOOK §5.2 step 0, "benefit exists": a line whose procedure code the plan does not cover is denied on its own with
 * PR-204 (not covered under the patient's current benefit plan) and RARC N130 (consult the plan's benefit documents);
 * the other lines are shared as usual. A visit with no covered line at all is refused as a whole and counts no visit.
 */
public final class CoveredServicePolicy {

    public Split split(BenefitPlan plan, List<AllowedLine> lines) {
        List<AllowedLine> covered = new ArrayList<>();
        List<UncoveredLine> notCovered = new ArrayList<>();
        for (AllowedLine line : lines) {
            if (plan.coveredServices().covers(line.procedureCode())) {
                covered.add(line);
            } else {
                notCovered.add(new UncoveredLine(line.lineNumber(), line.procedureCode(),
                        planExclusion(line.procedureCode() + " is not a covered service under plan " + plan.planId())));
            }
        }
        return new Split(covered, notCovered);
    }

    static CodedRejection planExclusion(String reason) {
        return new CodedRejection(AdjustmentGroup.PR, "204", "N130", reason);
    }

    /** The lines the plan covers and those it refuses. */
    public record Split(List<AllowedLine> covered, List<UncoveredLine> notCovered) {

        public Split {
            covered = List.copyOf(covered);
            notCovered = List.copyOf(notCovered);
        }

        /** The whole visit's refusal when no line is covered. */
        public Optional<CodedRejection> visitRejection(String planId) {
            if (!covered.isEmpty()) {
                return Optional.empty();
            }
            String codes = notCovered.stream().map(UncoveredLine::procedureCode).distinct().sorted().toList().toString();
            return Optional.of(planExclusion("none of the billed codes " + codes + " is a covered service under plan "
                    + planId));
        }
    }
}
