package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.payer.PriorPayerDenial;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.events.NetworkTier;

/**
 * RULEBOOK §7.3 Example 11 on the remittance (decision 0074): auto PIP's last 50.00 with PR-119 for the rest, and the
 * health plan's secondary claim with OA-23 for the primary's payment; both balance (FMT-01).
 */
class CoordinationOfBenefitsRemittanceTest {

    private static final LocalDate ACCIDENT = LocalDate.parse("2026-02-20");
    private static final ClaimPayer PIP = new ClaimPayer(Payer.AUTO_PIP, List.of(RelatedCause.AUTO_ACCIDENT), "NJ",
            ACCIDENT, null, null);
    private static final ClaimPayer SECONDARY = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.AUTO_ACCIDENT),
            "NJ", ACCIDENT, null, new PriorPayerDenial("119", new BigDecimal("50.00")));

    /** Example 1's visit: 97124 × 2 billed 120.00 allowed 70.00, 97140 × 1 billed 60.00 allowed 32.00. */
    private static List<ClaimLine> example1Lines() {
        return List.of(ClaimFixtures.line(1, "97124", 2, "120.00", "70.00"),
                ClaimFixtures.line(2, "97140", 1, "60.00", "32.00"));
    }

    @Test
    void auto_pip_pays_its_last_50_00_and_leaves_52_00_over_its_limit_PR_119() {
        Claim decided = received(PIP).startProcessing().adjudicate(List.of(
                share(1, "0.00", "50.00", "0.00", "20.00"), share(2, "0.00", "0.00", "0.00", "32.00")));

        Remittance remittance = decided.remittance().orElseThrow();
        assertThat(decided.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(remittance.planPaid()).isEqualTo("50.00");
        assertThat(remittance.patientResponsibility()).isEqualTo("52.00");
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(AdjustmentGroup.CO, "45", "50.00"),
                        ClaimAdjustment.of(AdjustmentGroup.PR, "119", "20.00")),
                List.of(ClaimAdjustment.of(AdjustmentGroup.CO, "45", "28.00"),
                        ClaimAdjustment.of(AdjustmentGroup.PR, "119", "32.00")));
        assertThat(BalancingCheck.violations(remittance.lines())).isEmpty();
    }

    @Test
    void the_health_plan_as_secondary_by_standard_cob_pays_52_00_with_OA_23_50_00_and_the_patient_owes_nothing() {
        Claim decided = received(SECONDARY).startProcessing().adjudicate(List.of(
                share(1, "0.00", "20.00", "50.00", "0.00"), share(2, "0.00", "32.00", "0.00", "0.00")));

        Remittance remittance = decided.remittance().orElseThrow();
        assertThat(remittance.planPaid()).isEqualTo("52.00");
        assertThat(remittance.patientResponsibility()).isEqualTo("0.00");
        assertThat(remittance.lines().get(0).adjustments()).containsExactly(
                ClaimAdjustment.of(AdjustmentGroup.CO, "45", "50.00"),
                ClaimAdjustment.of(AdjustmentGroup.OA, "23", "50.00"));
        assertThat(BalancingCheck.violations(remittance.lines())).isEmpty();
    }

    @Test
    void the_health_plan_as_secondary_by_non_duplication_pays_31_60_and_the_patient_owes_20_40_coinsurance() {
        Claim decided = received(SECONDARY).startProcessing().adjudicate(List.of(
                share(1, "14.00", "6.00", "50.00", "0.00"), share(2, "6.40", "25.60", "0.00", "0.00")));

        Remittance remittance = decided.remittance().orElseThrow();
        assertThat(remittance.planPaid()).isEqualTo("31.60");
        assertThat(remittance.patientResponsibility()).isEqualTo("20.40");
        assertThat(remittance.lines().get(0).adjustments()).containsExactly(
                ClaimAdjustment.of(AdjustmentGroup.CO, "45", "50.00"),
                ClaimAdjustment.of(AdjustmentGroup.PR, "2", "14.00"),
                ClaimAdjustment.of(AdjustmentGroup.OA, "23", "50.00"));
        assertThat(BalancingCheck.violations(remittance.lines())).isEmpty();
    }

    private static CostShare share(int line, String coinsurance, String planPaid, String prior, String overLimit) {
        return new CostShare(line, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(coinsurance),
                new BigDecimal(planPaid), new BigDecimal(prior), new BigDecimal(overLimit));
    }

    private static Claim received(ClaimPayer payer) {
        ClaimHeader header = new ClaimHeader(UUID.randomUUID(), "M-1001", null, "1234567893", NetworkTier.IN_NETWORK,
                ClaimFixtures.DOS, "11", List.of("M54.50"), null, null, null, null, null, null, payer);
        return Claim.receive(header, example1Lines());
    }
}
