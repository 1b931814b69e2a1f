package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.claims.adjudication.ClaimFixtures.commonVisit;
import static org.medmassage.claims.adjudication.ClaimFixtures.line;
import static org.medmassage.claims.adjudication.ClaimFixtures.manualTherapyNotCovered;
import static org.medmassage.claims.adjudication.ClaimFixtures.massageAndTraction;
import static org.medmassage.claims.adjudication.ClaimFixtures.tractionNotCovered;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.events.NetworkTier;

class ClaimTest {

    private static final List<CostShare> EXAMPLE_1 = List.of(
            CostShare.of(1, "50.00", "0.00", "4.00", "16.00"),
            CostShare.of(2, "0.00", "0.00", "6.40", "25.60"));
    private static final List<CostShare> LINE_1_COPAY = List.of(CostShare.of(1, "0.00", "30.00", "0.00", "40.00"));
    private static final Voiding BILLED_IN_ERROR = new Voiding("Billed in error.", Instant.parse("2026-03-20T09:15:00Z"));

    @Test
    void is_received_without_a_remittance() {
        Claim claim = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit());

        assertThat(claim.status()).isEqualTo(ClaimStatus.RECEIVED);
        assertThat(claim.remittance()).isEmpty();
        assertThat(claim.totalCharge()).isEqualTo("180.00");
        assertThat(claim.totalAllowed()).isEqualTo("102.00");
    }

    @Test
    void is_paid_after_authorization_and_cost_share() {
        Claim paid = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing().adjudicate(EXAMPLE_1);

        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.remittance()).hasValueSatisfying(remittance -> {
            assertThat(remittance.planPaid()).isEqualTo("41.60");
            assertThat(remittance.patientResponsibility()).isEqualTo("60.40");
        });
    }

    @Test
    void is_paid_even_when_the_plan_pays_nothing_because_all_went_to_the_deductible() {
        Claim claim = ClaimFixtures.received(NetworkTier.IN_NETWORK, List.of(line(1, "97124", 2, "120.00", "80.00")))
                .startProcessing()
                .adjudicate(List.of(CostShare.of(1, "80.00", "0.00", "0.00", "0.00")));

        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.remittance().orElseThrow().planPaid()).isEqualTo("0.00");
    }

    @Test
    void is_partially_paid_when_benefits_reports_a_line_the_plan_does_not_cover() {
        Claim claim = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing()
                .adjudicate(LINE_1_COPAY, List.of(manualTherapyNotCovered(2)));

        assertThat(claim.status()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(claim.status().isTerminal()).isTrue();
        assertThat(claim.remittance()).hasValueSatisfying(remittance -> {
            assertThat(remittance.planPaid()).isEqualTo("40.00");
            assertThat(remittance.patientResponsibility()).isEqualTo("90.00");
        });
        assertThat(claim.totalAllowed()).isEqualTo("70.00");
    }

    @Test
    void is_not_adjudicated_when_covered_and_not_covered_lines_leave_a_claim_line_out() {
        Claim inProcess = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing();

        assertThatThrownBy(() -> inProcess.adjudicate(LINE_1_COPAY, List.of()))
                .isInstanceOf(UnbalancedRemittance.class);
        assertThat(inProcess.status()).isEqualTo(ClaimStatus.IN_PROCESS);
    }

    @Test
    void is_denied_with_CO_197_when_the_visit_is_not_authorized() {
        Claim denied = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit())
                .denyVisit(ClaimRejections.noAuthorization("N54", "no authorization on file"));

        assertThat(denied.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(denied.remittance().orElseThrow().patientResponsibility()).isEqualTo("0.00");
        assertThat(denied.totalAllowed()).isEqualTo("0.00");
    }

    @Test
    void is_denied_with_PR_119_when_benefits_reports_the_visit_limit_reached() {
        Claim denied = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing()
                .denyVisit(ClaimRejections.benefitLimitReached("visit 21 of 20"));

        assertThat(denied.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(denied.remittance().orElseThrow().patientResponsibility()).isEqualTo("180.00");
    }

    @Test
    void is_denied_over_the_visit_limit_even_with_a_line_the_plan_does_not_cover() {
        Claim denied = ClaimFixtures.received(NetworkTier.IN_NETWORK, massageAndTraction()).startProcessing()
                .denyVisit(ClaimRejections.benefitLimitReachedOnAllowed("visit 21 of 20"),
                        List.of(tractionNotCovered(2)));

        assertThat(denied.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(denied.remittance()).hasValueSatisfying(remittance -> {
            assertThat(remittance.planPaid()).isEqualTo("0.00");
            assertThat(remittance.patientResponsibility()).isEqualTo("110.00");
            assertThat(remittance.denialReason()).hasValue("PR-119: visit 21 of 20");
        });
    }

    @Test
    void is_not_denied_over_the_visit_limit_for_a_not_covered_line_that_is_not_on_the_claim() {
        Claim inProcess = ClaimFixtures.received(NetworkTier.IN_NETWORK, massageAndTraction()).startProcessing();

        assertThatThrownBy(() -> inProcess.denyVisit(ClaimRejections.benefitLimitReached("visit 21 of 20"),
                List.of(tractionNotCovered(3)))).isInstanceOf(UnbalancedRemittance.class);
        assertThat(inProcess.status()).isEqualTo(ClaimStatus.IN_PROCESS);
    }

    @Test
    void refuses_every_saga_transition_out_of_a_terminal_state() {
        Claim paid = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing().adjudicate(EXAMPLE_1);
        Claim partiallyPaid = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing()
                .adjudicate(LINE_1_COPAY, List.of(manualTherapyNotCovered(2)));
        Claim denied = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit())
                .denyVisit(ClaimRejections.noAuthorization("N54", "none"));

        for (Claim terminal : List.of(paid, partiallyPaid, denied)) {
            assertThatThrownBy(terminal::startProcessing).isInstanceOf(ClaimTransitionRefused.class);
            assertThatThrownBy(() -> terminal.adjudicate(EXAMPLE_1)).isInstanceOf(ClaimTransitionRefused.class);
            assertThatThrownBy(() -> terminal.adjudicate(LINE_1_COPAY, List.of(manualTherapyNotCovered(2))))
                    .isInstanceOf(ClaimTransitionRefused.class);
            assertThatThrownBy(() -> terminal.denyVisit(ClaimRejections.noAuthorization("N54", "again")))
                    .isInstanceOf(ClaimTransitionRefused.class);
        }
    }

    @Test
    void cannot_be_adjudicated_before_the_visit_is_authorized() {
        Claim received = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit());

        assertThatThrownBy(() -> received.adjudicate(EXAMPLE_1)).isInstanceOf(ClaimTransitionRefused.class);
        assertThatThrownBy(() -> received.startProcessing().startProcessing())
                .isInstanceOf(ClaimTransitionRefused.class);
    }

    @Test
    void the_decided_states_are_terminal_and_only_a_void_leaves_them() {
        List<ClaimStatus> all = List.of(ClaimStatus.values());

        assertThat(all).filteredOn(ClaimStatus::isTerminal).containsExactlyInAnyOrder(ClaimStatus.PAID,
                ClaimStatus.PARTIALLY_PAID, ClaimStatus.DENIED, ClaimStatus.VOIDED);
        for (ClaimStatus decided : List.of(ClaimStatus.PAID, ClaimStatus.PARTIALLY_PAID, ClaimStatus.DENIED)) {
            assertThat(all).filteredOn(decided::canMoveTo).containsExactly(ClaimStatus.VOIDED);
        }
        assertThat(all).filteredOn(status -> status.canMoveTo(ClaimStatus.VOIDED)).containsExactlyInAnyOrder(
                ClaimStatus.PAID, ClaimStatus.PARTIALLY_PAID, ClaimStatus.DENIED);
        assertThat(all).filteredOn(ClaimStatus.VOIDED::canMoveTo).isEmpty();
    }

    @Test
    void a_paid_claim_is_voided_and_keeps_its_remittance() {
        Claim paid = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing().adjudicate(EXAMPLE_1);

        Claim voided = paid.voidWith(BILLED_IN_ERROR);

        assertThat(voided.status()).isEqualTo(ClaimStatus.VOIDED);
        assertThat(voided.status().isTerminal()).isTrue();
        assertThat(voided.remittance()).isEqualTo(paid.remittance());
        assertThat(voided.voiding()).hasValue(BILLED_IN_ERROR);
        assertThat(voided.totalAllowed()).isEqualTo("102.00");
        assertThat(paid.voiding()).isEmpty();
    }

    @Test
    void a_partially_paid_claim_is_voided_and_keeps_its_remittance() {
        Claim partiallyPaid = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing()
                .adjudicate(LINE_1_COPAY, List.of(manualTherapyNotCovered(2)));

        Claim voided = partiallyPaid.voidWith(BILLED_IN_ERROR);

        assertThat(voided.status()).isEqualTo(ClaimStatus.VOIDED);
        assertThat(voided.remittance().orElseThrow().planPaid()).isEqualTo("40.00");
        assertThat(voided.remittance().orElseThrow().patientResponsibility()).isEqualTo("90.00");
    }

    @Test
    void a_denied_claim_is_voided_and_keeps_its_denial() {
        Claim denied = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit())
                .denyVisit(ClaimRejections.noAuthorization("N54", "no authorization on file"));

        Claim voided = denied.voidWith(BILLED_IN_ERROR);

        assertThat(voided.status()).isEqualTo(ClaimStatus.VOIDED);
        assertThat(voided.remittance().orElseThrow().denialReason()).isEqualTo(denied.remittance().orElseThrow()
                .denialReason());
    }

    @Test
    void a_claim_in_process_cannot_be_voided() {
        Claim inProcess = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing();

        assertThatThrownBy(() -> inProcess.voidWith(BILLED_IN_ERROR)).isInstanceOfSatisfying(
                ClaimTransitionRefused.class, refused -> {
                    assertThat(refused.from()).isEqualTo(ClaimStatus.IN_PROCESS);
                    assertThat(refused.to()).isEqualTo(ClaimStatus.VOIDED);
                });
    }

    @Test
    void a_received_claim_cannot_be_voided() {
        Claim received = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit());

        assertThatThrownBy(() -> received.voidWith(BILLED_IN_ERROR)).isInstanceOf(ClaimTransitionRefused.class);
    }

    @Test
    void voiding_a_voided_claim_again_keeps_the_first_reason_and_time() {
        Claim voided = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing()
                .adjudicate(EXAMPLE_1).voidWith(BILLED_IN_ERROR);

        Claim again = voided.voidWith(new Voiding("Duplicate claim.", Instant.parse("2026-03-21T10:00:00Z")));

        assertThat(again).isSameAs(voided);
        assertThat(again.voiding()).hasValue(BILLED_IN_ERROR);
    }

    @Test
    void a_voided_claim_takes_no_late_saga_event() {
        Claim voided = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing()
                .adjudicate(EXAMPLE_1).voidWith(BILLED_IN_ERROR);

        assertThatThrownBy(voided::startProcessing).isInstanceOf(ClaimTransitionRefused.class);
        assertThatThrownBy(() -> voided.adjudicate(EXAMPLE_1)).isInstanceOf(ClaimTransitionRefused.class);
        assertThatThrownBy(() -> voided.denyVisit(ClaimRejections.benefitLimitReached("visit 21 of 20")))
                .isInstanceOf(ClaimTransitionRefused.class);
    }

    @Test
    void a_void_needs_a_reason_of_at_most_500_characters() {
        Instant now = Instant.parse("2026-03-20T09:15:00Z");

        assertThatThrownBy(() -> new Voiding(" ", now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Voiding(null, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Voiding("x".repeat(501), now)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Voiding("  Duplicate claim.  ", now).reason()).isEqualTo("Duplicate claim.");
    }

    @Test
    void a_stored_claim_has_a_void_reason_exactly_when_it_is_voided() {
        Claim paid = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit()).startProcessing().adjudicate(EXAMPLE_1);

        assertThatThrownBy(() -> Claim.restore(paid.header(), paid.lines(), ClaimStatus.PAID,
                paid.remittance().orElseThrow(), BILLED_IN_ERROR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Claim.restore(paid.header(), paid.lines(), ClaimStatus.VOIDED,
                paid.remittance().orElseThrow(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_diagnosis_pointer_outside_the_header_codes() {
        ClaimHeader header = new ClaimHeader(UUID.randomUUID(), "M-1001", null, "1234567893",
                NetworkTier.IN_NETWORK, ClaimFixtures.DOS, "11", List.of("M54.50"));
        ClaimLine pointsAtSecond = new ClaimLine(1, "97124", List.of(), 2, new java.math.BigDecimal("120.00"),
                new java.math.BigDecimal("80.00"), List.of(2));

        assertThatThrownBy(() -> Claim.receive(header, List.of(pointsAtSecond)))
                .hasMessageContaining("diagnosis pointer 2");
    }
}
