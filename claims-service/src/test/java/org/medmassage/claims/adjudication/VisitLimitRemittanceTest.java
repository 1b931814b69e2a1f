package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.claims.adjudication.ClaimFixtures.massageAndTraction;
import static org.medmassage.claims.adjudication.ClaimFixtures.tractionNotCovered;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertBalanced;
import static org.medmassage.claims.adjudication.RemittanceAssemblerTest.assertTotals;
import static org.medmassage.codesets.remittance.AdjustmentGroup.CO;
import static org.medmassage.codesets.remittance.AdjustmentGroup.PR;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/** CS-06 on a visit with a line the plan does not cover: "benefit exists" comes first (RULEBOOK §5.2 step 0). */
class VisitLimitRemittanceTest {

    private static final String REASON = "visit limit reached: 20 of 20 visits used";

    @Test
    void over_the_visit_limit_denies_an_uncovered_line_PR_204_and_the_massage_line_PR_119() {
        Remittance remittance = RemittanceAssembler.visitDenied(massageAndTraction(),
                ClaimRejections.benefitLimitReachedOnAllowed(REASON), List.of(tractionNotCovered(2)));

        RemittanceLine massage = remittance.lines().get(0);
        assertThat(massage.adjustments()).containsExactly(ClaimAdjustment.of(CO, "45", "50.00"),
                ClaimAdjustment.of(PR, "119", "70.00"));
        assertThat(massage.remarkCodes()).containsExactly("N640");
        assertThat(massage.patientResponsibility()).isEqualTo("70.00");
        RemittanceLine traction = remittance.lines().get(1);
        assertThat(traction.adjustments()).containsExactly(ClaimAdjustment.of(PR, "204", "40.00"));
        assertThat(traction.remarkCodes()).containsExactly("N130");
        assertThat(traction.patientResponsibility()).isEqualTo("40.00");
        assertThat(remittance.lines()).allSatisfy(line -> assertThat(line.denied()).isTrue());
        assertThat(remittance.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(remittance.denialReason()).hasValue("PR-119: " + REASON);
        assertTotals(remittance, "160.00", "0.00", "0.00", "110.00");
        assertBalanced(remittance);
    }

    @Test
    void out_of_network_over_the_visit_limit_on_the_allowed_amount_keeps_the_balance_bill_PR_45() {
        Remittance remittance = RemittanceAssembler.visitDenied(massageAndTraction(), NetworkTier.OUT_OF_NETWORK,
                ClaimRejections.benefitLimitReachedOnAllowed(REASON), List.of(tractionNotCovered(2)));

        RemittanceLine massage = remittance.lines().get(0);
        assertThat(massage.adjustments()).containsExactly(ClaimAdjustment.of(PR, "45", "50.00"),
                ClaimAdjustment.of(PR, "119", "70.00"));
        assertThat(massage.patientResponsibility()).isEqualTo("120.00");
        assertTotals(remittance, "160.00", "0.00", "0.00", "160.00");
        assertBalanced(remittance);
    }

    @Test
    void over_the_visit_limit_on_the_billed_amount_denies_the_massage_line_PR_119_for_its_whole_charge() {
        Remittance remittance = RemittanceAssembler.visitDenied(massageAndTraction(),
                ClaimRejections.benefitLimitReached(REASON), List.of(tractionNotCovered(2)));

        assertThat(remittance.lines()).extracting(RemittanceLine::adjustments).containsExactly(
                List.of(ClaimAdjustment.of(PR, "119", "120.00")), List.of(ClaimAdjustment.of(PR, "204", "40.00")));
        assertThat(remittance.lines()).extracting(RemittanceLine::remarkCodes)
                .containsExactly(List.of("N640"), List.of("N130"));
        assertThat(remittance.status()).isEqualTo(ClaimStatus.DENIED);
        assertTotals(remittance, "160.00", "0.00", "0.00", "160.00");
        assertBalanced(remittance);
    }

    @Test
    void over_the_visit_limit_with_every_line_covered_is_the_one_reason_denial_as_before() {
        CodedRejection limit = ClaimRejections.benefitLimitReachedOnAllowed(REASON);

        assertThat(RemittanceAssembler.visitDenied(massageAndTraction(), limit, List.of()))
                .isEqualTo(RemittanceAssembler.visitDenied(massageAndTraction(), limit));
    }

    static Stream<Arguments> notCoveredLinesNotMatchingTheClaim() {
        return Stream.of(
                Arguments.of("line 3 is not on the claim", List.of(3), "are not distinct lines of"),
                Arguments.of("line 2 not covered twice", List.of(2, 2), "are not distinct lines of"),
                Arguments.of("no line left for PR-119", List.of(1, 2), "leave no covered line for PR-119"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCoveredLinesNotMatchingTheClaim")
    void refuses_not_covered_lines_that_are_not_some_of_the_claims_lines(String row, List<Integer> notCovered,
            String message) {
        List<UncoveredLine> uncovered = notCovered.stream().map(ClaimFixtures::tractionNotCovered).toList();

        assertThatThrownBy(() -> RemittanceAssembler.visitDenied(massageAndTraction(),
                ClaimRejections.benefitLimitReached(REASON), uncovered))
                .isInstanceOf(UnbalancedRemittance.class)
                .hasMessageContaining(message);
    }
}
