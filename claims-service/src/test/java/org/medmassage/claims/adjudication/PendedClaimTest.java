package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.claims.adjudication.ClaimFixtures.commonVisit;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.events.NetworkTier;

/** A claim whose answer came and could not be used is PENDED with the reason, and resumes from the step it waited in. */
class PendedClaimTest {

    private static final Instant AT = Instant.parse("2026-03-10T10:00:00Z");
    private static final List<CostShare> EXAMPLE_1 = List.of(
            CostShare.of(1, "50.00", "0.00", "4.00", "16.00"),
            CostShare.of(2, "0.00", "0.00", "6.40", "25.60"));

    private static Claim received() {
        return ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit());
    }

    @Test
    void a_claim_in_cost_share_whose_answer_cannot_be_used_is_pended_in_process_with_the_reason() {
        Claim pended = received().startProcessing().pend("CostShareApplied could not be used", AT);

        assertThat(pended.status()).isEqualTo(ClaimStatus.PENDED);
        assertThat(pended.status().isTerminal()).isFalse();
        assertThat(pended.remittance()).isEmpty();
        assertThat(pended.pend()).contains(new Pend(ClaimStatus.IN_PROCESS, "CostShareApplied could not be used", AT));
        assertThat(pended.waitsFor(ClaimStatus.IN_PROCESS)).isTrue();
        assertThat(pended.waitsFor(ClaimStatus.RECEIVED)).isFalse();
    }

    @Test
    void a_claim_pended_in_cost_share_is_paid_when_a_usable_answer_arrives() {
        Claim paid = received().startProcessing().pend("unbalanced", AT).adjudicate(EXAMPLE_1);

        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.pend()).isEmpty();
        assertThat(paid.remittance().orElseThrow().planPaid()).isEqualTo("41.60");
    }

    @Test
    void a_claim_pended_waiting_for_authorization_moves_on_as_a_received_claim_would() {
        Claim pended = received().pend("VisitAuthorized could not be used", AT);

        assertThat(pended.waitsFor(ClaimStatus.RECEIVED)).isTrue();
        assertThat(pended.startProcessing().status()).isEqualTo(ClaimStatus.IN_PROCESS);
        assertThat(pended.denyVisit(ClaimRejections.noAuthorization("N54", "none")).status())
                .isEqualTo(ClaimStatus.DENIED);
        assertThatThrownBy(() -> pended.adjudicate(EXAMPLE_1)).isInstanceOf(ClaimTransitionRefused.class);
    }

    @Test
    void pending_a_pended_claim_again_keeps_the_first_reason_and_time() {
        Claim pended = received().pend("first", AT);

        assertThat(pended.pend("second", AT.plusSeconds(60)).pend()).contains(new Pend(ClaimStatus.RECEIVED, "first", AT));
    }

    @Test
    void a_decided_claim_is_never_pended_and_a_pended_claim_is_not_voided() {
        Claim paid = received().startProcessing().adjudicate(EXAMPLE_1);
        Claim pended = received().pend("reason", AT);

        assertThatThrownBy(() -> paid.pend("late", AT)).isInstanceOf(ClaimTransitionRefused.class);
        assertThatThrownBy(() -> pended.voidWith(new Voiding("Billed in error.", AT)))
                .isInstanceOf(ClaimTransitionRefused.class);
    }

    @Test
    void a_pend_needs_a_reason_and_a_step_the_saga_waits_in() {
        assertThatThrownBy(() -> new Pend(ClaimStatus.IN_PROCESS, " ", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pend(ClaimStatus.PAID, "reason", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Pend(ClaimStatus.RECEIVED, "x".repeat(5_000), AT).reason()).hasSize(Pend.MAX_REASON);
    }
}
