package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertBalanced;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertTotals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.explanation.ExplanationOfBenefits;
import org.medmassage.claims.explanation.ExplanationOfBenefits.CodeExplained;
import org.medmassage.events.NetworkTier;

/** DX-05 on the remittance: the warning is a remark on the paid line, with no amount (FMT-01 still balances). */
class InjuryEncounterRemarksTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);

    @Test
    void a_paid_line_pointing_at_an_initial_encounter_injury_carries_M76_and_still_balances() {
        Claim claim = received(List.of("S39.012A", "M62.830")).startProcessing().adjudicate(List.of(
                CostShare.of(1, "50.00", "0.00", "4.00", "16.00"),
                CostShare.of(2, "0.00", "0.00", "6.40", "25.60")));

        Remittance remittance = claim.remittance().orElseThrow();
        assertThat(remittance.lines()).extracting(RemittanceLine::remarkCodes)
                .containsExactly(List.of("M76"), List.of());
        // Example 1's money, unchanged by the remark
        assertThat(remittance.lines().get(0).adjustments()).extracting(ClaimAdjustment::carc)
                .containsExactly("45", "1", "2");
        assertTotals(remittance, "180.00", "102.00", "41.60", "60.40");
        assertBalanced(remittance);
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);

        ExplanationOfBenefits eob = ExplanationOfBenefits.of(claim, "Calm Hands Massage", DOS.plusDays(2));
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("CO-45", "PR-1", "PR-2", "M76");
        assertThat(eob.codes().get(3).explanation()).contains("7th character A").contains("did not change what you owe");
    }

    @Test
    void a_subsequent_encounter_injury_carries_no_remark() {
        Claim claim = received(List.of("S39.012D", "M62.830")).startProcessing().adjudicate(List.of(
                CostShare.of(1, "50.00", "0.00", "4.00", "16.00"),
                CostShare.of(2, "0.00", "0.00", "6.40", "25.60")));

        assertThat(claim.remittance().orElseThrow().lines()).allSatisfy(line ->
                assertThat(line.remarkCodes()).isEmpty());
    }

    @Test
    void a_denied_line_keeps_only_its_denial_s_remark() {
        Claim claim = received(List.of("S39.012A", "M62.830")).startProcessing().denyVisit(
                org.medmassage.claims.reason.ClaimRejections.benefitLimitReached("visit limit reached"));

        assertThat(claim.remittance().orElseThrow().lines()).extracting(RemittanceLine::remarkCodes)
                .containsExactly(List.of("N640"), List.of("N640"));
    }

    /** RULEBOOK §5.3 common visit; line 1 (97124) points at diagnosis 1, line 2 (97140) at diagnosis 2. */
    private static Claim received(List<String> diagnoses) {
        return Claim.receive(new ClaimHeader(UUID.randomUUID(), "M-1001", "A123", "1003000126",
                NetworkTier.IN_NETWORK, DOS, "11", diagnoses), List.of(
                new ClaimLine(1, "97124", List.of("GP"), 2, new BigDecimal("120.00"), new BigDecimal("70.00"),
                        List.of(1)),
                new ClaimLine(2, "97140", List.of("GP", "59"), 1, new BigDecimal("60.00"), new BigDecimal("32.00"),
                        List.of(2))));
    }
}
