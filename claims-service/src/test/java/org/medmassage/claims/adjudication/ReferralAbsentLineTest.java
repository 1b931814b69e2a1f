package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.claims.adjudication.ClaimFixtures.DOS;
import static org.medmassage.claims.adjudication.ClaimFixtures.commonVisit;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertBalanced;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertTotals;
import static org.medmassage.codesets.remittance.AdjustmentGroup.CO;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/**
 * MN-01 on the common visit: authorization names the massage codes billed without the referral the plan requires;
 * their lines are denied CO-288 N29 for the full charge (provider liability) and the others adjudicate as usual.
 */
class ReferralAbsentLineTest {

    private static final CodedRejection MASSAGE_CO_288 = new CodedRejection(CO, "288", "N29",
            "97124 on " + DOS + " has no active referral, which the member's plan requires");
    private static final List<CostShare> LINE_2_EXAMPLE_1 = List.of(CostShare.of(2, "0.00", "0.00", "6.40", "25.60"));

    private final Claim received = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit());

    @Test
    void denies_the_97124_line_CO_288_and_asks_benefits_for_the_97140_line_only() {
        Claim claim = received.startProcessing(List.of(), List.of("97124"), null);

        assertThat(claim.status()).isEqualTo(ClaimStatus.IN_PROCESS);
        assertThat(claim.linesForCostShare()).extracting(ClaimLine::procedureCode).containsExactly("97140");
        assertThat(claim.deniedBeforeCostShare()).containsExactly(new UncoveredLine(1, MASSAGE_CO_288));
    }

    @Test
    void pays_the_referred_line_and_ends_partially_paid_with_nothing_owed_for_the_other() {
        Claim claim = received.startProcessing(List.of(), List.of("97124"), null).adjudicate(LINE_2_EXAMPLE_1, List.of());

        assertThat(claim.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        Remittance remittance = claim.remittance().orElseThrow();
        RemittanceLine massage = remittance.lines().get(0);
        assertThat(massage.adjustments()).containsExactly(ClaimAdjustment.of(CO, "288", "120.00"));
        assertThat(massage.remarkCodes()).containsExactly("N29");
        assertThat(massage.patientResponsibility()).isEqualTo("0.00");
        assertTotals(remittance, "180.00", "32.00", "25.60", "6.40");
        assertBalanced(remittance);
    }

    @Test
    void a_visit_whose_every_line_lacks_a_referral_is_denied_at_once_line_by_line() {
        Claim claim = received.startProcessing(List.of(), List.of("97124", "97140"), null);

        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(claim.remittance().orElseThrow().lines()).extracting(line -> line.adjustments().get(0))
                .containsExactly(ClaimAdjustment.of(CO, "288", "120.00"), ClaimAdjustment.of(CO, "288", "60.00"));
    }

    @Test
    void a_line_without_referral_and_a_line_not_authorized_each_keep_their_own_code() {
        Claim claim = received.startProcessing(List.of("97140"), List.of("97124"), "A123");

        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
        List<RemittanceLine> lines = claim.remittance().orElseThrow().lines();
        assertThat(lines.get(0).adjustments()).containsExactly(ClaimAdjustment.of(CO, "288", "120.00"));
        assertThat(lines.get(1).adjustments()).containsExactly(ClaimAdjustment.of(CO, "284", "60.00"));
        assertThat(lines.get(1).remarkCodes()).containsExactly("N54");
    }

    @Test
    void a_visit_not_authorized_denies_the_lines_without_referral_CO_288_and_the_others_with_its_reason() {
        CodedRejection noAuthorization = new CodedRejection(CO, "197", "M62", "no authorization on file");

        Claim claim = received.denyVisit(noAuthorization, received.withoutReferral(List.of("97124")));

        List<RemittanceLine> lines = claim.remittance().orElseThrow().lines();
        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(lines.get(0).adjustments()).containsExactly(ClaimAdjustment.of(CO, "288", "120.00"));
        assertThat(lines.get(1).adjustments()).containsExactly(ClaimAdjustment.of(CO, "197", "60.00"));
        assertThat(lines.get(1).remarkCodes()).containsExactly("M62");
    }
}
