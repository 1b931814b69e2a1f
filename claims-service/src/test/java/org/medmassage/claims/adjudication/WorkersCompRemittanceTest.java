package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.payer.PayerRouting;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.claims.payer.WorkersCompensation;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.events.NetworkTier;

class WorkersCompRemittanceTest {

    private static final ClaimPayer WORKERS_COMP = new ClaimPayer(Payer.WORKERS_COMP,
            List.of(RelatedCause.EMPLOYMENT), null, ClaimFixtures.DOS.minusDays(10),
            new WorkersCompensation("Evergreen Mutual", "WC-2026-0042", null), null);

    /** RULEBOOK §7.2 Example 10: the common visit at the WA sample, 97124 2 × 33.00 and 97140 1 × 30.00. */
    private static List<ClaimLine> example10() {
        return List.of(ClaimFixtures.line(1, "97124", 2, "120.00", "66.00"),
                ClaimFixtures.line(2, "97140", 1, "60.00", "30.00"));
    }

    @Test
    void example_10_pays_96_00_with_CO_45_84_00_and_the_patient_owing_nothing() {
        Claim paid = received(NetworkTier.IN_NETWORK, WORKERS_COMP, example10()).payAtStateFeeSchedule();

        Remittance remittance = paid.remittance().orElseThrow();
        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(remittance.totalCharge()).isEqualTo("180.00");
        assertThat(remittance.totalAllowed()).isEqualTo("96.00");
        assertThat(remittance.planPaid()).isEqualTo("96.00");
        assertThat(remittance.patientResponsibility()).isEqualTo("0.00");
        assertThat(remittance.lines()).extracting(line -> line.adjustments())
                .containsExactly(List.of(ClaimAdjustment.of(AdjustmentGroup.CO, "45", "54.00")),
                        List.of(ClaimAdjustment.of(AdjustmentGroup.CO, "45", "30.00")));
        assertThat(remittance.lines()).allSatisfy(line -> {
            assertThat(line.deductible().add(line.copay()).add(line.coinsurance())).isEqualTo("0.00");
            assertThat(line.remarkCodes()).isEmpty();
        });
        // FMT-01: CLP03 180.00 − Σ CAS 84.00 = CLP04 96.00
        assertThat(remittance.totalCharge().subtract(casTotal(remittance))).isEqualTo(remittance.planPaid());
        assertThat(BalancingCheck.violations(remittance.lines())).isEmpty();
    }

    // no balance bill on workers' comp: a provider outside the health plan's network writes the difference off too
    @Test
    void an_out_of_network_provider_writes_off_the_difference_CO_45_not_PR_45() {
        Claim paid = received(NetworkTier.OUT_OF_NETWORK, WORKERS_COMP, example10()).payAtStateFeeSchedule();

        assertThat(paid.remittance().orElseThrow().lines()).flatExtracting(RemittanceLine::adjustments)
                .extracting(ClaimAdjustment::group).containsOnly(AdjustmentGroup.CO);
        assertThat(paid.remittance().orElseThrow().patientResponsibility()).isEqualTo("0.00");
    }

    @Test
    void a_line_denied_at_intake_keeps_its_denial_and_the_rest_is_paid() {
        Claim received = received(NetworkTier.IN_NETWORK, WORKERS_COMP, example10());
        Claim edited = received.denyAtIntake(List.of(new UncoveredLine(2, ClaimRejections.exactDuplicate("97140", 1,
                UUID.randomUUID(), 2, ClaimFixtures.DOS))));

        Claim paid = edited.payAtStateFeeSchedule();

        assertThat(paid.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(paid.remittance().orElseThrow().planPaid()).isEqualTo("66.00");
        assertThat(paid.remittance().orElseThrow().lines().get(1).adjustments())
                .containsExactly(ClaimAdjustment.of(AdjustmentGroup.OA, "18", "60.00"));
    }

    @Test
    void a_health_plan_claim_is_not_paid_at_a_state_fee_schedule() {
        Claim healthPlan = received(NetworkTier.IN_NETWORK, ClaimPayer.healthPlan(), ClaimFixtures.commonVisit());

        assertThatThrownBy(healthPlan::payAtStateFeeSchedule).isInstanceOf(ClaimTransitionRefused.class);
    }

    @Test
    void a_misrouted_work_injury_is_denied_CO_19_N4_on_every_line_with_nothing_owed() {
        ClaimPayer workInjury = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.EMPLOYMENT), null,
                ClaimFixtures.DOS.minusDays(10), null, null);
        Claim received = received(NetworkTier.IN_NETWORK, workInjury, ClaimFixtures.commonVisit());

        Claim denied = received.denyAsMisrouted(PayerRouting.misrouted(workInjury).orElseThrow());

        Remittance remittance = denied.remittance().orElseThrow();
        assertThat(denied.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(remittance.lines()).allSatisfy(line -> {
            assertThat(line.adjustments()).containsExactly(new ClaimAdjustment(AdjustmentGroup.CO, "19",
                    line.charge()));
            assertThat(line.remarkCodes()).containsExactly("N4");
        });
        assertThat(remittance.planPaid()).isEqualTo("0.00");
        assertThat(remittance.patientResponsibility()).isEqualTo("0.00");
        assertThat(remittance.denialReason()).hasValueSatisfying(reason -> assertThat(reason).startsWith("CO-19"));
    }

    private static BigDecimal casTotal(Remittance remittance) {
        return remittance.lines().stream().map(RemittanceLine::adjustmentTotal).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static Claim received(NetworkTier tier, ClaimPayer payer, List<ClaimLine> lines) {
        ClaimHeader header = new ClaimHeader(UUID.randomUUID(), "M-1001", null, "1234567893", tier,
                ClaimFixtures.DOS, "11", List.of("M54.50"), null, null, null, null, null, null, payer);
        return Claim.receive(header, lines);
    }
}
