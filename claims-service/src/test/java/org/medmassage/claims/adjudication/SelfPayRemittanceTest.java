package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.events.NetworkTier;

/** A self-pay claim decided at intake at the provider's cash rate (RULEBOOK §7.4, decision 0073). */
class SelfPayRemittanceTest {

    private static final ClaimPayer SELF_PAY = new ClaimPayer(Payer.SELF_PAY, List.of(), null, null, null, null);

    /** The common visit, 120.00 and 60.00 billed, priced at cash rates 30.00 (97124 × 2) and 28.50 (97140 × 1). */
    private static List<ClaimLine> atCashRates() {
        return List.of(ClaimFixtures.line(1, "97124", 2, "120.00", "60.00"),
                ClaimFixtures.line(2, "97140", 1, "60.00", "28.50"));
    }

    @Test
    void the_patient_owes_the_cash_price_88_50_PR_204_the_discount_is_CO_45_and_the_plan_pays_nothing() {
        Claim paid = received(NetworkTier.IN_NETWORK, SELF_PAY, atCashRates()).payAtCashRate();

        Remittance remittance = paid.remittance().orElseThrow();
        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(remittance.totalCharge()).isEqualTo("180.00");
        assertThat(remittance.totalAllowed()).isEqualTo("88.50");
        assertThat(remittance.planPaid()).isEqualTo("0.00");
        assertThat(remittance.patientResponsibility()).isEqualTo("88.50");
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments)
                .containsExactly(List.of(ClaimAdjustment.of(AdjustmentGroup.CO, "45", "60.00"),
                                ClaimAdjustment.of(AdjustmentGroup.PR, "204", "60.00")),
                        List.of(ClaimAdjustment.of(AdjustmentGroup.CO, "45", "31.50"),
                                ClaimAdjustment.of(AdjustmentGroup.PR, "204", "28.50")));
        assertThat(remittance.lines()).allSatisfy(line -> {
            assertThat(line.deductible().add(line.copay()).add(line.coinsurance())).isEqualTo("0.00");
            assertThat(line.denied()).isFalse();
        });
        // FMT-01: CLP03 180.00 − Σ CAS 180.00 = CLP04 0.00; CLP05 88.50 = Σ PR
        BigDecimal cas = remittance.lines().stream().map(RemittanceLine::adjustmentTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(remittance.totalCharge().subtract(cas)).isEqualTo(remittance.planPaid());
        assertThat(BalancingCheck.violations(remittance.lines())).isEmpty();
    }

    @Test
    void a_line_charged_at_the_cash_price_has_no_discount() {
        Claim paid = received(NetworkTier.IN_NETWORK, SELF_PAY,
                List.of(ClaimFixtures.line(1, "97124", 2, "60.00", "60.00"))).payAtCashRate();

        assertThat(paid.remittance().orElseThrow().lines().get(0).adjustments())
                .containsExactly(ClaimAdjustment.of(AdjustmentGroup.PR, "204", "60.00"));
    }

    // an out-of-network provider's self-pay discount is still the provider's write-off, never a balance bill
    @Test
    void the_discount_is_written_off_CO_45_whatever_the_network() {
        Claim paid = received(NetworkTier.OUT_OF_NETWORK, SELF_PAY, atCashRates()).payAtCashRate();

        assertThat(paid.remittance().orElseThrow().lines()).flatExtracting(RemittanceLine::adjustments)
                .filteredOn(adjustment -> adjustment.carc().equals("45"))
                .extracting(ClaimAdjustment::group).containsOnly(AdjustmentGroup.CO);
        assertThat(paid.remittance().orElseThrow().patientResponsibility()).isEqualTo("88.50");
    }

    @Test
    void a_line_denied_at_intake_keeps_its_denial_and_the_rest_is_self_paid() {
        Claim edited = received(NetworkTier.IN_NETWORK, SELF_PAY, atCashRates()).denyAtIntake(List.of(
                new UncoveredLine(2, ClaimRejections.exactDuplicate("97140", 1, UUID.randomUUID(), 2,
                        ClaimFixtures.DOS))));

        Claim paid = edited.payAtCashRate();

        assertThat(paid.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(paid.remittance().orElseThrow().patientResponsibility()).isEqualTo("60.00");
        assertThat(paid.remittance().orElseThrow().lines().get(1).adjustments())
                .containsExactly(ClaimAdjustment.of(AdjustmentGroup.OA, "18", "60.00"));
    }

    @Test
    void a_health_plan_claim_is_not_paid_at_a_cash_rate() {
        Claim healthPlan = received(NetworkTier.IN_NETWORK, ClaimPayer.healthPlan(), ClaimFixtures.commonVisit());

        assertThatThrownBy(healthPlan::payAtCashRate).isInstanceOf(ClaimTransitionRefused.class);
    }

    private static Claim received(NetworkTier tier, ClaimPayer payer, List<ClaimLine> lines) {
        ClaimHeader header = new ClaimHeader(UUID.randomUUID(), "M-1001", null, "1234567893", tier,
                ClaimFixtures.DOS, "11", List.of("M54.50"), null, null, null, null, null, null, payer);
        return Claim.receive(header, lines);
    }
}
