package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.claims.adjudication.ClaimFixtures.commonVisit;
import static org.medmassage.claims.adjudication.ClaimFixtures.manualTherapyNotCovered;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertBalanced;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertTotals;
import static org.medmassage.codesets.remittance.AdjustmentGroup.CO;
import static org.medmassage.codesets.remittance.AdjustmentGroup.PR;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/**
 * RULEBOOK Example 6d on the common visit: auth A123 covers 97140 only, 97124 billed ⇒ line 1 (97124 ×2, charge
 * 120.00) CO-284 for its full charge, provider liability; line 2 (97140 ×1, charge 60.00, allowed 32.00) adjudicates
 * normally, here with Example 1's split of it (coinsurance 6.40, plan 25.60) (PA-05).
 */
class ServiceNotAuthorizedLineTest {

    private static final String A123 = "A20260115-00000123";
    private static final List<CostShare> LINE_2_EXAMPLE_1 = List.of(CostShare.of(2, "0.00", "0.00", "6.40", "25.60"));

    private final Claim massageNotAuthorized = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit())
            .startProcessing(List.of("97124"), A123);

    @Test
    void example_6d_denies_the_97124_line_CO_284_and_asks_benefits_for_the_97140_line_only() {
        assertThat(massageNotAuthorized.status()).isEqualTo(ClaimStatus.IN_PROCESS);
        assertThat(massageNotAuthorized.linesForCostShare()).extracting(ClaimLine::procedureCode)
                .containsExactly("97140");
        assertThat(massageNotAuthorized.deniedBeforeCostShare()).containsExactly(new UncoveredLine(1,
                new CodedRejection(CO, "284", "N54", "97124 not authorized by " + A123)));
    }

    @Test
    void example_6d_pays_the_authorized_line_and_ends_partially_paid() {
        Claim claim = massageNotAuthorized.adjudicate(LINE_2_EXAMPLE_1, List.of());

        assertThat(claim.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        Remittance remittance = claim.remittance().orElseThrow();
        RemittanceLine massage = remittance.lines().get(0);
        assertThat(massage.denied()).isTrue();
        assertThat(massage.adjustments()).containsExactly(ClaimAdjustment.of(CO, "284", "120.00"));
        assertThat(massage.remarkCodes()).containsExactly("N54");
        assertThat(massage.planPaid()).isEqualTo("0.00");
        assertThat(massage.patientResponsibility()).isEqualTo("0.00");
        RemittanceLine manualTherapy = remittance.lines().get(1);
        assertThat(manualTherapy.denied()).isFalse();
        assertThat(manualTherapy.allowed()).isEqualTo("32.00");
        assertThat(manualTherapy.adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "28.00"),
                ClaimAdjustment.of(PR, "2", "6.40"));
        assertThat(manualTherapy.planPaid()).isEqualTo("25.60");
        assertTotals(remittance, "180.00", "32.00", "25.60", "6.40");
        assertBalanced(remittance);
    }

    @Test
    void over_the_visit_limit_the_authorized_line_gets_PR_119_and_the_other_keeps_CO_284() {
        Claim claim = massageNotAuthorized.denyVisit(ClaimRejections.benefitLimitReached("visit 21 of 20"),
                List.of());

        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
        Remittance remittance = claim.remittance().orElseThrow();
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(CO, "284", "120.00")), List.of(ClaimAdjustment.of(PR, "119", "60.00")));
        assertThat(remittance.lines()).extracting(RemittanceLine::remarkCodes)
                .containsExactly(List.of("N54"), List.of("N640"));
        assertTotals(remittance, "180.00", "0.00", "0.00", "60.00");
        assertBalanced(remittance);
    }

    @Test
    void with_no_coverage_on_the_date_the_authorized_line_gets_CO_27_and_the_other_keeps_CO_284() {
        Claim claim = massageNotAuthorized.denyVisit(new CodedRejection(AdjustmentGroup.CO, "27", null,
                "no coverage on 2026-03-10"));

        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
        Remittance remittance = claim.remittance().orElseThrow();
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(CO, "284", "120.00")), List.of(ClaimAdjustment.of(CO, "27", "60.00")));
        assertThat(remittance.denialReason()).hasValue("CO-27: no coverage on 2026-03-10");
        assertTotals(remittance, "180.00", "0.00", "0.00", "0.00");
        assertBalanced(remittance);
    }

    @Test
    void refuses_benefits_deciding_a_line_it_was_not_asked_for() {
        List<CostShare> both = List.of(CostShare.of(1, "0.00", "0.00", "14.00", "56.00"),
                LINE_2_EXAMPLE_1.get(0));

        assertThatThrownBy(() -> massageNotAuthorized.adjudicate(both, List.of()))
                .isInstanceOf(UnbalancedRemittance.class);
        assertThatThrownBy(() -> massageNotAuthorized.adjudicate(List.of(), List.of(manualTherapyNotCovered(1))))
                .isInstanceOf(UnbalancedRemittance.class);
    }

    @Test
    void a_claim_with_no_authorized_line_left_is_denied_CO_284_at_once() {
        Claim claim = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit())
                .startProcessing(List.of("97124", "97140"), A123);

        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
        Remittance remittance = claim.remittance().orElseThrow();
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(CO, "284", "120.00")), List.of(ClaimAdjustment.of(CO, "284", "60.00")));
        assertTotals(remittance, "180.00", "0.00", "0.00", "0.00");
    }

    @Test
    void a_code_not_on_the_claim_denies_nothing_and_the_claim_can_still_be_paid_in_full() {
        Claim claim = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit())
                .startProcessing(List.of("97012"), A123);

        assertThat(claim.deniedBeforeCostShare()).isEmpty();
        assertThat(claim.linesForCostShare()).hasSize(2);
    }

    @Test
    void the_denials_stay_with_the_claim_through_its_void_and_a_second_start_is_refused() {
        Claim voided = massageNotAuthorized.adjudicate(LINE_2_EXAMPLE_1, List.of())
                .voidWith(new Voiding("Billed in error.", Instant.parse("2026-03-20T09:15:00Z")));

        assertThat(voided.deniedBeforeCostShare()).hasSize(1);
        assertThatThrownBy(() -> massageNotAuthorized.startProcessing(List.of("97124"), A123))
                .isInstanceOf(ClaimTransitionRefused.class);
    }
}
