package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.claims.adjudication.ClaimFixtures.commonVisit;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertBalanced;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertTotals;
import static org.medmassage.codesets.remittance.AdjustmentGroup.CO;
import static org.medmassage.codesets.remittance.AdjustmentGroup.OA;
import static org.medmassage.codesets.remittance.AdjustmentGroup.PR;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.events.NetworkTier;

/**
 * The common visit (97124 ×2 charge 120.00, 97140 ×1 charge 60.00 allowed 32.00) with lines denied OA-18 at intake:
 * all of them deny the claim at once, some of them go through the saga beside the others (FMT-01 either way).
 */
class DuplicateLinesTest {

    private static final UUID ORIGINAL = UUID.randomUUID();

    private final Claim received = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit());

    @Test
    void a_claim_whose_every_line_is_a_duplicate_is_denied_at_once_OA_18_for_the_full_charges() {
        Claim claim = received.denyDuplicates(List.of(duplicate(1, "97124", 2), duplicate(2, "97140", 1)));

        assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
        Remittance remittance = claim.remittance().orElseThrow();
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(OA, "18", "120.00")), List.of(ClaimAdjustment.of(OA, "18", "60.00")));
        assertThat(remittance.denialReason()).hasValue("OA-18: 97124 x2 on 2026-03-10 is an exact duplicate of line 1"
                + " of claim " + ORIGINAL);
        assertTotals(remittance, "180.00", "0.00", "0.00", "0.00");
        assertBalanced(remittance);
        assertThat(claim.deniedBeforeCostShare()).hasSize(2);
    }

    @Test
    void a_partial_duplicate_stays_received_and_asks_for_cost_share_of_the_other_line_only() {
        Claim claim = received.denyDuplicates(List.of(duplicate(1, "97124", 2)));

        assertThat(claim.status()).isEqualTo(ClaimStatus.RECEIVED);
        assertThat(claim.linesForCostShare()).extracting(ClaimLine::procedureCode).containsExactly("97140");
        Claim inProcess = claim.startProcessing(List.of(), "A123");
        assertThat(inProcess.status()).isEqualTo(ClaimStatus.IN_PROCESS);
        assertThat(inProcess.linesForCostShare()).extracting(ClaimLine::procedureCode).containsExactly("97140");
    }

    @Test
    void a_partial_duplicate_pays_the_other_line_and_ends_partially_paid() {
        Claim claim = received.denyDuplicates(List.of(duplicate(1, "97124", 2))).startProcessing()
                .adjudicate(List.of(CostShare.of(2, "0.00", "0.00", "6.40", "25.60")));

        assertThat(claim.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        Remittance remittance = claim.remittance().orElseThrow();
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(OA, "18", "120.00")),
                List.of(ClaimAdjustment.of(CO, "45", "28.00"), ClaimAdjustment.of(PR, "2", "6.40")));
        assertTotals(remittance, "180.00", "32.00", "25.60", "6.40");
        assertBalanced(remittance);
    }

    @Test
    void the_duplicate_line_keeps_OA_18_when_authorization_denies_the_visit_or_lacks_the_other_code() {
        Claim partial = received.denyDuplicates(List.of(duplicate(1, "97124", 2)));

        Claim notAuthorized = partial.denyVisit(ClaimRejections.noAuthorization("N54", "no authorization on file"));
        Claim codeNotAuthorized = partial.startProcessing(List.of("97140"), "A123");

        for (Claim denied : List.of(notAuthorized, codeNotAuthorized)) {
            assertThat(denied.status()).isEqualTo(ClaimStatus.DENIED);
            Remittance remittance = denied.remittance().orElseThrow();
            assertThat(remittance.lines().get(0).adjustments()).containsExactly(ClaimAdjustment.of(OA, "18", "120.00"));
            assertThat(remittance.lines().get(1).adjustments()).extracting(ClaimAdjustment::carc)
                    .containsExactly(denied == notAuthorized ? "197" : "284");
            assertBalanced(remittance);
        }
    }

    @Test
    void no_duplicate_leaves_the_claim_as_it_is_and_only_a_received_claim_takes_duplicates() {
        assertThat(received.denyDuplicates(List.of())).isSameAs(received);

        Claim inProcess = received.startProcessing();
        assertThatThrownBy(() -> inProcess.denyDuplicates(List.of(duplicate(1, "97124", 2))))
                .isInstanceOf(ClaimTransitionRefused.class);
    }

    private static UncoveredLine duplicate(int lineNumber, String code, int units) {
        return new UncoveredLine(lineNumber, ClaimRejections.exactDuplicate(code, units, ORIGINAL, lineNumber,
                ClaimFixtures.DOS));
    }
}
