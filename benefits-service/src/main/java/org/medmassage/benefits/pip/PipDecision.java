package org.medmassage.benefits.pip;

import java.math.BigDecimal;
import java.util.List;
import org.medmassage.benefits.costshare.CostShare;
import org.medmassage.benefits.costshare.UncoveredLine;
import org.medmassage.codesets.remittance.CodedRejection;

/** What the member's auto PIP coverage decided for one claim (RULEBOOK §7.3). Only {@link Paid} posts anything. */
public sealed interface PipDecision {

    /**
     * No PIP coverage in force on the accident's date (CO-26/CO-27), every billed code excluded by the accident's
     * state (PR-204, ALT-03), or the accident's limit already used up (PR-119).
     */
    record NotCovered(CodedRejection rejection) implements PipDecision {
    }

    /**
     * PIP paid {@code paid} of the covered lines ({@code share}: planPaid = PIP's payment, overLimit = what the limit
     * left, PR-119); {@code notCovered} lines are excluded by the state (PR-204); {@code limitRemaining} is what the
     * accident's limit has left after this claim.
     */
    record Paid(CostShare share, List<UncoveredLine> notCovered, BigDecimal paid, BigDecimal limitRemaining)
            implements PipDecision {

        public Paid {
            notCovered = List.copyOf(notCovered);
        }
    }
}
