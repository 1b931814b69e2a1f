package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/** RULEBOOK §5.3 common visit and the story's sessions, as priced claim lines. */
final class ClaimFixtures {

    static final LocalDate DOS = LocalDate.of(2026, 3, 10);

    private ClaimFixtures() {
    }

    static ClaimLine line(int number, String code, int units, String charge, String allowed) {
        return new ClaimLine(number, code, List.of("GP"), units, new BigDecimal(charge), new BigDecimal(allowed),
                List.of(1));
    }

    /** Example 1–8 common visit: 97124 ×2 at $35.00 contract, 97140 ×1 at $32.00. */
    static List<ClaimLine> commonVisit() {
        return List.of(line(1, "97124", 2, "120.00", "70.00"), line(2, "97140", 1, "60.00", "32.00"));
    }

    /** RULEBOOK §5.2 step 0 as benefits codes it: the plan has no benefit for 97140 (PR-204, N130). */
    static UncoveredLine manualTherapyNotCovered(int lineNumber) {
        return new UncoveredLine(lineNumber, new CodedRejection(AdjustmentGroup.PR, "204", "N130",
                "97140 is not a covered service under plan GOLD-PPO."));
    }

    /** Massage 97124 ×2 at $35.00 with mechanical traction 97012 ×1 at $15.00, a code massage plans often exclude. */
    static List<ClaimLine> massageAndTraction() {
        return List.of(line(1, "97124", 2, "120.00", "70.00"), line(2, "97012", 1, "40.00", "15.00"));
    }

    /** RULEBOOK §5.2 step 0 for 97012 (PR-204, N130). */
    static UncoveredLine tractionNotCovered(int lineNumber) {
        return new UncoveredLine(lineNumber, new CodedRejection(AdjustmentGroup.PR, "204", "N130",
                "97012 is not a covered service under plan GOLD-PPO."));
    }

    static Claim received(NetworkTier tier, List<ClaimLine> lines) {
        ClaimHeader header = new ClaimHeader(UUID.randomUUID(), "M-1001", "A123", "1234567893", tier, DOS, "11",
                List.of("M54.50"));
        return Claim.receive(header, lines);
    }
}
