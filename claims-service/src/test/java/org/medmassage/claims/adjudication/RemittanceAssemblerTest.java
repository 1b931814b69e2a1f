package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.claims.adjudication.ClaimFixtures.commonVisit;
import static org.medmassage.claims.adjudication.ClaimFixtures.line;
import static org.medmassage.claims.adjudication.ClaimFixtures.manualTherapyNotCovered;
import static org.medmassage.codesets.remittance.AdjustmentGroup.CO;
import static org.medmassage.codesets.remittance.AdjustmentGroup.PR;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

class RemittanceAssemblerTest {

    @Test
    void story_two_units_all_to_the_deductible_write_off_CO_45_and_patient_owes_80() {
        Remittance remittance = RemittanceAssembler.costShared(List.of(line(1, "97124", 2, "120.00", "80.00")),
                NetworkTier.IN_NETWORK, List.of(CostShare.of(1, "80.00", "0.00", "0.00", "0.00")));

        RemittanceLine only = remittance.lines().get(0);
        assertThat(only.adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "40.00"),
                ClaimAdjustment.of(PR, "1", "80.00"));
        assertThat(only.planPaid()).isEqualTo("0.00");
        assertThat(only.patientResponsibility()).isEqualTo("80.00");
        assertTotals(remittance, "120.00", "80.00", "0.00", "80.00");
        assertThat(remittance.status()).isEqualTo(ClaimStatus.PAID);
        assertBalanced(remittance);
    }

    @Test
    void story_three_units_all_to_the_deductible_write_off_CO_45_and_patient_owes_120() {
        Remittance remittance = RemittanceAssembler.costShared(List.of(line(1, "97124", 3, "180.00", "120.00")),
                NetworkTier.IN_NETWORK, List.of(CostShare.of(1, "120.00", "0.00", "0.00", "0.00")));

        assertThat(remittance.lines().get(0).adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "60.00"),
                ClaimAdjustment.of(PR, "1", "120.00"));
        assertTotals(remittance, "180.00", "120.00", "0.00", "120.00");
        assertBalanced(remittance);
    }

    @Test
    void example_1_applies_the_rest_of_the_deductible_then_20_percent_coinsurance() {
        Remittance remittance = RemittanceAssembler.costShared(commonVisit(), NetworkTier.IN_NETWORK, List.of(
                CostShare.of(1, "50.00", "0.00", "4.00", "16.00"),
                CostShare.of(2, "0.00", "0.00", "6.40", "25.60")));

        assertThat(remittance.lines().get(0).adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "50.00"),
                ClaimAdjustment.of(PR, "1", "50.00"), ClaimAdjustment.of(PR, "2", "4.00"));
        assertThat(remittance.lines().get(1).adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "28.00"),
                ClaimAdjustment.of(PR, "2", "6.40"));
        assertThat(remittance.lines()).extracting(RemittanceLine::patientResponsibility)
                .containsExactly(new BigDecimal("54.00"), new BigDecimal("6.40"));
        assertTotals(remittance, "180.00", "102.00", "41.60", "60.40");
        assertBalanced(remittance);
    }

    @Test
    void example_2_copay_on_the_first_line_only() {
        Remittance remittance = RemittanceAssembler.costShared(commonVisit(), NetworkTier.IN_NETWORK, List.of(
                CostShare.of(1, "0.00", "30.00", "0.00", "40.00"),
                CostShare.of(2, "0.00", "0.00", "0.00", "32.00")));

        assertThat(remittance.lines().get(0).adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "50.00"),
                ClaimAdjustment.of(PR, "3", "30.00"));
        assertThat(remittance.lines().get(1).adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "28.00"));
        assertTotals(remittance, "180.00", "102.00", "72.00", "30.00");
        assertBalanced(remittance);
    }

    @Test
    void example_2b_copay_capped_at_the_allowed_amount() {
        Remittance remittance = RemittanceAssembler.costShared(List.of(line(1, "97124", 1, "60.00", "25.00")),
                NetworkTier.IN_NETWORK, List.of(CostShare.of(1, "0.00", "25.00", "0.00", "0.00")));

        assertThat(remittance.lines().get(0).adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "35.00"),
                ClaimAdjustment.of(PR, "3", "25.00"));
        assertTotals(remittance, "60.00", "25.00", "0.00", "25.00");
        assertBalanced(remittance);
    }

    @Test
    void example_4a_out_of_network_balance_bill_is_PR_45_and_the_patient_owes_the_full_charge() {
        List<ClaimLine> oon = List.of(line(1, "97124", 2, "120.00", "60.00"), line(2, "97140", 1, "60.00", "30.00"));

        Remittance remittance = RemittanceAssembler.costShared(oon, NetworkTier.OUT_OF_NETWORK, List.of(
                CostShare.of(1, "60.00", "0.00", "0.00", "0.00"),
                CostShare.of(2, "30.00", "0.00", "0.00", "0.00")));

        assertThat(remittance.lines().get(0).adjustments()).containsExactly(ClaimAdjustment.of(PR, "45", "60.00"),
                ClaimAdjustment.of(PR, "1", "60.00"));
        assertTotals(remittance, "180.00", "90.00", "0.00", "180.00");
        assertBalanced(remittance);
    }

    @Test
    void example_4b_out_of_network_deductible_met_40_percent_coinsurance() {
        List<ClaimLine> oon = List.of(line(1, "97124", 2, "120.00", "60.00"), line(2, "97140", 1, "60.00", "30.00"));

        Remittance remittance = RemittanceAssembler.costShared(oon, NetworkTier.OUT_OF_NETWORK, List.of(
                CostShare.of(1, "0.00", "0.00", "24.00", "36.00"),
                CostShare.of(2, "0.00", "0.00", "12.00", "18.00")));

        assertThat(remittance.lines().get(1).adjustments()).containsExactly(ClaimAdjustment.of(PR, "45", "30.00"),
                ClaimAdjustment.of(PR, "2", "12.00"));
        assertTotals(remittance, "180.00", "90.00", "54.00", "126.00");
        assertBalanced(remittance);
    }

    @Test
    void example_5_visit_over_the_limit_is_PR_119_with_N640_and_the_patient_owes_the_charge() {
        Remittance remittance = RemittanceAssembler.visitDenied(commonVisit(),
                ClaimRejections.benefitLimitReached("visit 21 of 20"));

        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(PR, "119", "120.00")), List.of(ClaimAdjustment.of(PR, "119", "60.00")));
        assertThat(remittance.lines()).allSatisfy(line -> assertThat(line.remarkCodes()).containsExactly("N640"));
        assertTotals(remittance, "180.00", "0.00", "0.00", "180.00");
        assertThat(remittance.status()).isEqualTo(ClaimStatus.DENIED);
        assertBalanced(remittance);
    }

    @Test
    void example_5_with_liability_on_the_allowed_amount_is_PR_119_on_allowed_and_CO_45_on_the_rest() {
        Remittance remittance = RemittanceAssembler.visitDenied(commonVisit(),
                ClaimRejections.benefitLimitReachedOnAllowed("visit 21 of 20"));

        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(CO, "45", "50.00"), ClaimAdjustment.of(PR, "119", "70.00")),
                List.of(ClaimAdjustment.of(CO, "45", "28.00"), ClaimAdjustment.of(PR, "119", "32.00")));
        assertTotals(remittance, "180.00", "0.00", "0.00", "102.00");
        assertBalanced(remittance);
    }

    @Test
    void example_6a_no_authorization_is_CO_197_on_each_line_and_the_patient_owes_nothing() {
        Remittance remittance = RemittanceAssembler.visitDenied(commonVisit(),
                ClaimRejections.noAuthorization("N54", "no authorization on file"));

        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(CO, "197", "120.00")), List.of(ClaimAdjustment.of(CO, "197", "60.00")));
        assertThat(remittance.lines()).allSatisfy(line -> {
            assertThat(line.remarkCodes()).containsExactly("N54");
            assertThat(line.patientResponsibility()).isEqualTo("0.00");
            assertThat(line.allowed()).isEqualTo("0.00");
        });
        assertTotals(remittance, "180.00", "0.00", "0.00", "0.00");
        assertThat(remittance.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(remittance.denialReason()).hasValue("CO-197: no authorization on file");
        assertBalanced(remittance);
    }

    @Test
    void example_6d_denies_only_the_code_the_authorization_does_not_cover() {
        Remittance remittance = RemittanceAssembler.decided(commonVisit(), NetworkTier.IN_NETWORK, Map.of(
                1, LineDecision.denied(new CodedRejection(CO, "284", "N54", "auth covers 97140 only")),
                2, LineDecision.covered(CostShare.of(2, "0.00", "0.00", "6.40", "25.60"))), null);

        assertThat(remittance.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(remittance.lines().get(0).adjustments()).containsExactly(ClaimAdjustment.of(CO, "284", "120.00"));
        assertTotals(remittance, "180.00", "32.00", "25.60", "6.40");
        assertBalanced(remittance);
    }

    @Test
    void denies_a_line_the_plan_does_not_cover_with_PR_204_and_pays_the_rest() {
        Remittance remittance = RemittanceAssembler.costShared(commonVisit(), NetworkTier.IN_NETWORK,
                List.of(CostShare.of(1, "0.00", "30.00", "0.00", "40.00")), List.of(manualTherapyNotCovered(2)));

        RemittanceLine covered = remittance.lines().get(0);
        assertThat(covered.adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "50.00"),
                ClaimAdjustment.of(PR, "3", "30.00"));
        assertThat(covered.planPaid()).isEqualTo("40.00");
        assertThat(covered.denied()).isFalse();
        RemittanceLine notCovered = remittance.lines().get(1);
        assertThat(notCovered.adjustments()).containsExactly(ClaimAdjustment.of(PR, "204", "60.00"));
        assertThat(notCovered.remarkCodes()).containsExactly("N130");
        assertThat(notCovered.planPaid()).isEqualTo("0.00");
        assertThat(notCovered.patientResponsibility()).isEqualTo("60.00");
        assertThat(notCovered.denied()).isTrue();
        assertThat(remittance.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(remittance.denialReason()).isEmpty();
        assertTotals(remittance, "180.00", "70.00", "40.00", "90.00");
        assertBalanced(remittance);
    }

    static Stream<Arguments> lineNumbersNotMatchingTheClaim() {
        return Stream.of(
                Arguments.of("line 2 decided by nobody", List.of(1), List.of()),
                Arguments.of("line 2 both covered and not covered", List.of(1, 2), List.of(2)),
                Arguments.of("line 2 not covered twice", List.of(1), List.of(2, 2)),
                Arguments.of("line 3 is not on the claim", List.of(1), List.of(2, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineNumbersNotMatchingTheClaim")
    void refuses_covered_and_not_covered_lines_that_do_not_name_each_claim_line_once(String row,
            List<Integer> covered, List<Integer> notCovered) {
        List<CostShare> costShares = covered.stream()
                .map(number -> number == 1 ? CostShare.of(1, "0.00", "30.00", "0.00", "40.00")
                        : CostShare.of(2, "0.00", "0.00", "0.00", "32.00"))
                .toList();
        List<UncoveredLine> uncovered = notCovered.stream().map(ClaimFixtures::manualTherapyNotCovered).toList();

        assertThatThrownBy(() -> RemittanceAssembler.costShared(commonVisit(), NetworkTier.IN_NETWORK, costShares,
                uncovered))
                .isInstanceOf(UnbalancedRemittance.class)
                .hasMessageContaining("do not match the claim's lines [1, 2]");
    }

    @Test
    void refuses_cost_share_that_does_not_add_up_to_the_allowed_amount() {
        assertThatThrownBy(() -> RemittanceAssembler.costShared(commonVisit(), NetworkTier.IN_NETWORK, List.of(
                CostShare.of(1, "50.00", "0.00", "4.00", "17.00"),
                CostShare.of(2, "0.00", "0.00", "6.40", "25.60"))))
                .isInstanceOf(UnbalancedRemittance.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void refuses_cost_share_for_other_lines_than_the_claims() {
        assertThatThrownBy(() -> RemittanceAssembler.costShared(commonVisit(), NetworkTier.IN_NETWORK, List.of(
                CostShare.of(1, "50.00", "0.00", "4.00", "16.00"))))
                .isInstanceOf(UnbalancedRemittance.class);
    }

    @Test
    void flags_a_line_whose_adjustments_do_not_balance_to_plan_paid() {
        RemittanceLine unbalanced = new RemittanceLine(1, "97124", List.of(), 2, new BigDecimal("120.00"),
                new BigDecimal("80.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("80.00"),
                BigDecimal.ZERO, List.of(ClaimAdjustment.of(CO, "45", "30.00")), List.of(), false);

        assertThat(BalancingCheck.violations(List.of(unbalanced))).isNotEmpty();
        assertThatThrownBy(() -> new Remittance(List.of(unbalanced), null)).isInstanceOf(UnbalancedRemittance.class);
    }

    /** FMT-01, asserted independently of the assembler. */
    static void assertBalanced(Remittance remittance) {
        assertThat(BalancingCheck.violations(remittance.lines())).isEmpty();
        for (RemittanceLine line : remittance.lines()) {
            BigDecimal adjusted = line.adjustments().stream().map(ClaimAdjustment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal patient = line.adjustments().stream().filter(a -> a.group() == PR)
                    .map(ClaimAdjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(line.charge().subtract(adjusted)).isEqualByComparingTo(line.planPaid());
            assertThat(line.patientResponsibility()).isEqualByComparingTo(patient);
            assertThat(line.adjustments()).allSatisfy(a -> assertThat(a.amount().signum()).isPositive());
        }
        assertThat(remittance.totalCharge().subtract(remittance.lines().stream()
                .flatMap(line -> line.adjustments().stream()).map(ClaimAdjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))).isEqualByComparingTo(remittance.planPaid());
    }

    static void assertTotals(Remittance remittance, String charge, String allowed, String planPaid,
            String patient) {
        assertThat(remittance.totalCharge()).isEqualTo(charge);
        assertThat(remittance.totalAllowed()).isEqualTo(allowed);
        assertThat(remittance.planPaid()).isEqualTo(planPaid);
        assertThat(remittance.patientResponsibility()).isEqualTo(patient);
    }
}
