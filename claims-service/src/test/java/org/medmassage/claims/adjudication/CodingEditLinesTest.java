package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertBalanced;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertTotals;
import static org.medmassage.codesets.remittance.AdjustmentGroup.CO;
import static org.medmassage.codesets.remittance.AdjustmentGroup.OA;
import static org.medmassage.codesets.remittance.AdjustmentGroup.PR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.claims.reason.CodingEditRejections;
import org.medmassage.events.NetworkTier;

/**
 * Lines denied by a coding edit at intake (decision 0054) take the OA-18 path: kept on the claim, left out of cost
 * share, remitted for their full charge as provider liability (FMT-01). 97140 ×1 (60.00, allowed 32.00) with 97530 ×1
 * (70.00, allowed 40.00).
 */
class CodingEditLinesTest {

    private static final LocalDate DOS = ClaimFixtures.DOS;

    private final Claim received = ClaimFixtures.received(NetworkTier.IN_NETWORK, List.of(
            ClaimFixtures.line(1, "97140", 1, "60.00", "32.00"), ClaimFixtures.line(2, "97530", 1, "70.00", "40.00")));

    @Test
    void the_column_2_line_is_left_out_of_cost_share_and_remitted_CO_236_N20() {
        Claim claim = received.denyAtIntake(List.of(new UncoveredLine(2,
                CodingEditRejections.notPayableWith("97140", "97530", DOS, null))));

        assertThat(claim.status()).isEqualTo(ClaimStatus.RECEIVED);
        assertThat(claim.linesForCostShare()).extracting(ClaimLine::procedureCode).containsExactly("97140");

        Claim adjudicated = claim.startProcessing().adjudicate(List.of(CostShare.of(1, "0.00", "0.00", "6.40",
                "25.60")));

        assertThat(adjudicated.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        Remittance remittance = adjudicated.remittance().orElseThrow();
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(CO, "45", "28.00"), ClaimAdjustment.of(PR, "2", "6.40")),
                List.of(ClaimAdjustment.of(CO, "236", "70.00")));
        assertThat(remittance.lines().get(1).remarkCodes()).containsExactly("N20");
        assertTotals(remittance, "130.00", "32.00", "25.60", "6.40");
        assertBalanced(remittance);
    }

    @Test
    void a_duplicate_and_an_edited_line_together_deny_the_claim_at_once_in_line_order() {
        UncoveredLine overUnits = new UncoveredLine(2, CodingEditRejections.overUnitsPerDay("97530", 5, 4, DOS,
                false));
        UncoveredLine duplicate = new UncoveredLine(1, ClaimRejections.exactDuplicate("97140", 1, UUID.randomUUID(),
                1, DOS));

        Claim claim = received.denyAtIntake(List.of(overUnits, duplicate));

        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
        Remittance remittance = claim.remittance().orElseThrow();
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(OA, "18", "60.00")), List.of(ClaimAdjustment.of(CO, "151", "70.00")));
        assertThat(remittance.lines().get(1).remarkCodes()).containsExactly("N362");
        assertThat(remittance.denialReason()).hasValueSatisfying(reason -> assertThat(reason).startsWith("OA-18"));
        assertThat(remittance.lines()).extracting(RemittanceLine::patientResponsibility)
                .containsOnly(new BigDecimal("0.00"));
        assertBalanced(remittance);
    }
}
