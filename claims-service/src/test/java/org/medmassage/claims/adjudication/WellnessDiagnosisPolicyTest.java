package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertBalanced;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertTotals;
import static org.medmassage.codesets.remittance.AdjustmentGroup.CO;
import static org.medmassage.codesets.remittance.AdjustmentGroup.OA;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.WellnessRedFlags;
import org.medmassage.events.NetworkTier;

/** MN-07: lines billed for wellness diagnoses only are denied CO-50 before cost share; one supporting dx is enough. */
class WellnessDiagnosisPolicyTest {

    private final WellnessDiagnosisPolicy policy = new WellnessDiagnosisPolicy(WellnessRedFlags.defaults());

    static Stream<Arguments> diagnosesAndPointers() {
        return Stream.of(
                Arguments.of("stress only", List.of("Z73.3"), List.of(List.of(1)), List.of(1)),
                Arguments.of("fatigue only, no dot", List.of("R5383"), List.of(List.of(1)), List.of(1)),
                Arguments.of("general exam only", List.of("Z00.00"), List.of(List.of(1)), List.of(1)),
                Arguments.of("all three wellness codes", List.of("Z73.3", "R53.83", "Z00.00"),
                        List.of(List.of(1, 2, 3), List.of(2)), List.of(1, 2)),
                Arguments.of("low back pain", List.of("M54.50"), List.of(List.of(1)), List.of()),
                Arguments.of("stress and low back pain, both pointed", List.of("Z73.3", "M54.50"),
                        List.of(List.of(1, 2)), List.of()),
                Arguments.of("supporting dx pointed by the second line only", List.of("Z73.3", "M62.830"),
                        List.of(List.of(1), List.of(2)), List.of(1)),
                Arguments.of("supporting dx on the claim, not pointed at", List.of("Z73.3", "M54.2"),
                        List.of(List.of(1), List.of(1)), List.of(1, 2)),
                Arguments.of("no pointer: the claim's diagnoses, one supporting", List.of("Z73.3", "M54.2"),
                        List.of(List.of()), List.of()),
                Arguments.of("no pointer: the claim's diagnoses, wellness only", List.of("Z73.3", "R53.83"),
                        List.of(List.of()), List.of(1)),
                Arguments.of("a header code is not a red flag (it fails as DX-08 elsewhere)", List.of("M54.5"),
                        List.of(List.of(1)), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagnosesAndPointers")
    void denies_CO_50_the_lines_that_point_at_wellness_codes_only_MN_07(String row, List<String> diagnoses,
            List<List<Integer>> pointersPerLine, List<Integer> deniedLines) {
        Claim claim = claim(diagnoses, pointersPerLine);

        List<UncoveredLine> denied = policy.notMedicallyNecessary(claim);

        assertThat(denied).extracting(UncoveredLine::lineNumber).containsExactlyElementsOf(deniedLines);
        assertThat(denied).allSatisfy(line -> {
            assertThat(line.rejection().code()).isEqualTo("CO-50");
            assertThat(line.rejection().remarkCode()).isEmpty();
            assertThat(line.rejection().onAllowedAmount()).isFalse();
        });
    }

    @Test
    void the_payer_may_configure_its_own_list() {
        WellnessDiagnosisPolicy payer = new WellnessDiagnosisPolicy(new WellnessRedFlags(List.of("Z71.89")));

        assertThat(payer.notMedicallyNecessary(claim(List.of("Z71.89"), List.of(List.of(1))))).hasSize(1);
        assertThat(payer.notMedicallyNecessary(claim(List.of("Z73.3"), List.of(List.of(1))))).isEmpty();
    }

    @Test
    void a_claim_for_wellness_only_is_denied_at_once_CO_50_for_the_full_charges_and_the_patient_owes_nothing() {
        Claim received = claim(List.of("Z73.3", "R53.83"), List.of(List.of(1), List.of(1, 2)));

        Claim denied = received.denyBeforeCostShare(policy.notMedicallyNecessary(received));

        assertThat(denied.status()).isEqualTo(ClaimStatus.DENIED);
        Remittance remittance = denied.remittance().orElseThrow();
        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(CO, "50", "120.00")), List.of(ClaimAdjustment.of(CO, "50", "60.00")));
        assertThat(remittance.denialReason()).hasValue("CO-50: 97124 is billed for wellness diagnoses only (Z73.3),"
                + " which do not establish medical necessity");
        assertTotals(remittance, "180.00", "0.00", "0.00", "0.00");
        assertBalanced(remittance);
        assertThat(denied.linesForCostShare()).isEmpty();
    }

    @Test
    void a_line_with_a_supporting_diagnosis_goes_on_to_authorization_and_cost_share_alone() {
        Claim received = claim(List.of("Z73.3", "M54.50"), List.of(List.of(1), List.of(2)));

        Claim partial = received.denyBeforeCostShare(policy.notMedicallyNecessary(received));

        assertThat(partial.status()).isEqualTo(ClaimStatus.RECEIVED);
        assertThat(partial.linesForCostShare()).extracting(ClaimLine::procedureCode).containsExactly("97140");
        Claim paid = partial.startProcessing().adjudicate(List.of(CostShare.of(2, "0.00", "0.00", "6.40", "25.60")));
        assertThat(paid.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(paid.remittance().orElseThrow().lines().get(0).adjustments())
                .containsExactly(ClaimAdjustment.of(CO, "50", "120.00"));
        assertBalanced(paid.remittance().orElseThrow());
    }

    @Test
    void a_duplicate_line_keeps_OA_18_and_the_rest_is_judged_for_medical_necessity() {
        Claim received = claim(List.of("Z73.3"), List.of(List.of(1), List.of(1)));
        UncoveredLine duplicate = new UncoveredLine(1, ClaimRejections.exactDuplicate("97124", 2, UUID.randomUUID(),
                1, ClaimFixtures.DOS));

        Claim afterDuplicates = received.denyDuplicates(List.of(duplicate));
        List<UncoveredLine> wellness = policy.notMedicallyNecessary(afterDuplicates);
        Claim denied = afterDuplicates.denyBeforeCostShare(wellness);

        assertThat(wellness).extracting(UncoveredLine::lineNumber).containsExactly(2);
        assertThat(denied.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(denied.remittance().orElseThrow().lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(OA, "18", "120.00")), List.of(ClaimAdjustment.of(CO, "50", "60.00")));
        assertThat(denied.remittance().orElseThrow().denialReason()).get().asString().startsWith("OA-18: ");
    }

    @Test
    void nothing_to_deny_leaves_the_claim_as_it_is_and_only_a_received_claim_takes_denials() {
        Claim received = claim(List.of("M54.50"), List.of(List.of(1), List.of(1)));
        assertThat(received.denyBeforeCostShare(List.of())).isSameAs(received);

        Claim inProcess = received.startProcessing();
        List<UncoveredLine> denial = List.of(new UncoveredLine(1,
                ClaimRejections.notMedicallyNecessary("97124", List.of("Z73.3"))));
        assertThatThrownBy(() -> inProcess.denyBeforeCostShare(denial)).isInstanceOf(ClaimTransitionRefused.class);
    }

    // the common visit (97124 ×2 $120.00, 97140 ×1 $60.00) with the given diagnoses and pointers on its first lines
    private static Claim claim(List<String> diagnoses, List<List<Integer>> pointersPerLine) {
        List<ClaimLine> common = ClaimFixtures.commonVisit();
        List<ClaimLine> lines = new ArrayList<>();
        for (int i = 0; i < pointersPerLine.size(); i++) {
            ClaimLine line = common.get(i);
            lines.add(new ClaimLine(line.lineNumber(), line.procedureCode(), line.modifiers(), line.units(),
                    line.charge(), line.allowed(), pointersPerLine.get(i)));
        }
        ClaimHeader header = new ClaimHeader(UUID.randomUUID(), "M-1001", "A123", "1234567893",
                NetworkTier.IN_NETWORK, ClaimFixtures.DOS, "11", diagnoses);
        return Claim.receive(header, lines);
    }
}
