package org.medmassage.claims.explanation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimHeader;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.adjudication.CostShare;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.payer.PayerRouting;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.claims.payer.WorkersCompensation;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/**
 * RULEBOOK §5.3 worked examples as decided claims: the common visit (97124-GP ×2 billed $120.00, 97140-GP-59 ×1 billed
 * $60.00; in network allowed $70.00 and $32.00) adjudicated through the aggregate, as the saga would.
 */
public final class WorkedExamples {

    public static final LocalDate DOS = LocalDate.of(2026, 3, 10);
    public static final String NPI = "1003000126";
    public static final Instant DECIDED_AT = Instant.parse("2026-03-12T15:30:00Z");

    private WorkedExamples() {
    }

    /** Example 1: deductible remaining $50.00, 20 % coinsurance: plan $41.60, patient $60.40. */
    public static Claim example1() {
        return inNetwork().startProcessing().adjudicate(List.of(
                CostShare.of(1, "50.00", "0.00", "4.00", "16.00"),
                CostShare.of(2, "0.00", "0.00", "6.40", "25.60")));
    }

    /** Example 2: $30 copay per visit on the first line, deductible waived: plan $72.00, patient $30.00. */
    public static Claim example2() {
        return inNetwork().startProcessing().adjudicate(List.of(
                CostShare.of(1, "0.00", "30.00", "0.00", "40.00"),
                CostShare.of(2, "0.00", "0.00", "0.00", "32.00")));
    }

    /** Example 4a: out of network (allowed $60.00 + $30.00), OON deductible takes all: plan $0.00, patient $180.00. */
    public static Claim example4a() {
        return received(NetworkTier.OUT_OF_NETWORK, List.of(line(1, "97124", List.of("GP"), 2, "120.00", "60.00"),
                line(2, "97140", List.of("GP", "59"), 1, "60.00", "30.00"))).startProcessing().adjudicate(List.of(
                CostShare.of(1, "60.00", "0.00", "0.00", "0.00"),
                CostShare.of(2, "30.00", "0.00", "0.00", "0.00")));
    }

    /** Example 4, last paragraph: the same out-of-network visit under an HMO without OON benefit, PR-242 whole claim. */
    public static Claim example4HmoOutOfNetwork() {
        return received(NetworkTier.OUT_OF_NETWORK, List.of(line(1, "97124", List.of("GP"), 2, "120.00", "60.00"),
                line(2, "97140", List.of("GP", "59"), 1, "60.00", "30.00"))).startProcessing().denyVisit(
                new CodedRejection(AdjustmentGroup.PR, "242", null,
                        "plan SILVER-HMO has no out-of-network benefit"));
    }

    /** Example 6a: no authorization on file, both lines CO-197 (M62): plan and patient $0.00. */
    public static Claim example6a() {
        return inNetwork().denyVisit(ClaimRejections.noAuthorization("M62", "no authorization on file"));
    }

    /** Example 5 with liability basis ALLOWED: PR-119 N640 on the allowed $102.00, CO-45 $78.00. */
    public static Claim example5OnAllowed() {
        return inNetwork().startProcessing().denyVisit(ClaimRejections.benefitLimitReachedOnAllowed(
                "visit 21 exceeds the plan-year limit of 20 visits"));
    }

    /** RULEBOOK §5.2 step 0: 97140 not covered (PR-204 N130) while 97124 is paid as in Example 2. */
    public static Claim manualTherapyNotCovered() {
        return inNetwork().startProcessing().adjudicate(List.of(CostShare.of(1, "0.00", "30.00", "0.00", "40.00")),
                List.of(new UncoveredLine(2, new CodedRejection(AdjustmentGroup.PR, "204", "N130",
                        "97140 is not a covered service under plan GOLD-PPO."))));
    }

    /** Example 1 cancelled afterwards (CS-07). */
    public static Claim example1Voided(Instant voidedAt) {
        return example1().voidWith(new Voiding("Billed under the wrong member.", voidedAt));
    }

    /** RULEBOOK §7.2 Example 10: the common visit billed to workers' comp, the WA sample 33.00 / 30.00 a unit. */
    public static Claim example10() {
        ClaimPayer workersComp = new ClaimPayer(Payer.WORKERS_COMP, List.of(RelatedCause.EMPLOYMENT), null,
                DOS.minusDays(18), new WorkersCompensation("Evergreen Mutual", "WC-2026-0042", "Acme Logistics"),
                null);
        return Claim.receive(new ClaimHeader(UUID.randomUUID(), "M-1001", null, NPI, NetworkTier.IN_NETWORK, DOS,
                "11", List.of("M54.50"), null, null, null, null, null, null, workersComp),
                List.of(line(1, "97124", List.of("GP"), 2, "120.00", "66.00"),
                        line(2, "97140", List.of("GP", "59"), 1, "60.00", "30.00")))
                .payAtStateFeeSchedule();
    }

    /**
     * The common visit self-paid (RULEBOOK §7.4, decision 0073) at cash rates of 30.00 (97124) and 28.50 (97140) a
     * unit: 97124 × 2 = 60.00 and 97140 × 1 = 28.50, the patient owes 88.50 and the discount is 91.50.
     */
    public static Claim selfPaid() {
        ClaimPayer selfPay = new ClaimPayer(Payer.SELF_PAY, List.of(), null, null, null, null);
        return Claim.receive(new ClaimHeader(UUID.randomUUID(), "M-1001", null, NPI, NetworkTier.IN_NETWORK, DOS,
                "11", List.of("M54.50"), null, null, null, null, null, null, selfPay),
                List.of(line(1, "97124", List.of("GP"), 2, "120.00", "60.00"),
                        line(2, "97140", List.of("GP", "59"), 1, "60.00", "28.50")))
                .payAtCashRate();
    }

    /** The common visit for a work injury billed to the health plan: CO-19 N4 at intake (decision 0068). */
    public static Claim workInjuryBilledToThePlan() {
        ClaimPayer workInjury = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.EMPLOYMENT), null,
                DOS.minusDays(18), null, null);
        Claim received = Claim.receive(new ClaimHeader(UUID.randomUUID(), "M-1001", "A123", NPI,
                NetworkTier.IN_NETWORK, DOS, "11", List.of("M54.50"), null, null, null, null, null, null, workInjury),
                inNetwork().lines());
        return received.denyAsMisrouted(PayerRouting.misrouted(workInjury).orElseThrow());
    }

    public static Claim inNetwork() {
        return received(NetworkTier.IN_NETWORK, List.of(line(1, "97124", List.of("GP"), 2, "120.00", "70.00"),
                line(2, "97140", List.of("GP", "59"), 1, "60.00", "32.00")));
    }

    private static Claim received(NetworkTier tier, List<ClaimLine> lines) {
        return Claim.receive(new ClaimHeader(UUID.randomUUID(), "M-1001", "A123", NPI, tier, DOS, "11",
                List.of("M54.50")), lines);
    }

    private static ClaimLine line(int number, String code, List<String> modifiers, int units, String charge,
            String allowed) {
        return new ClaimLine(number, code, modifiers, units, new BigDecimal(charge), new BigDecimal(allowed),
                List.of(1));
    }
}
