package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AwaitedReplyTest {

    @ParameterizedTest(name = "{0} waits for {1}")
    @CsvSource({
            "RECEIVED,   authorization-service, VisitAuthorized or VisitNotAuthorized",
            "IN_PROCESS, benefits-service,      CostShareApplied or BenefitLimitReached or CostShareDenied",
    })
    void each_saga_step_waits_for_one_service_and_names_the_events_that_move_it_on(ClaimStatus step, String service,
                                                                                   String events) {
        AwaitedReply awaited = AwaitedReply.inStep(step).orElseThrow();

        assertThat(awaited.answeredBy()).isEqualTo(service);
        assertThat(String.join(" or ", awaited.events())).isEqualTo(events);
        assertThat(awaited.step().canMoveTo(ClaimStatus.PENDED)).isTrue();
    }

    @ParameterizedTest(name = "{0} waits for nothing")
    @EnumSource(value = ClaimStatus.class, names = {"PAID", "PARTIALLY_PAID", "DENIED", "VOIDED", "PENDED"})
    void a_decided_voided_or_pended_claim_waits_in_no_step(ClaimStatus status) {
        assertThat(AwaitedReply.inStep(status)).isEmpty();
    }

    @Test
    void every_step_that_is_not_terminal_but_pended_is_declared() {
        assertThat(Arrays.stream(ClaimStatus.values()).filter(s -> !s.isTerminal() && s != ClaimStatus.PENDED))
                .allSatisfy(step -> assertThat(AwaitedReply.inStep(step)).isPresent());
    }

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "PT2M; within 2 minutes",
            "PT1M; within 1 minute",
            "PT1H; within 1 hour",
            "PT90S; within 90 seconds",
    })
    void a_late_answer_is_explained_with_the_service_the_events_and_the_wait(Duration waited, String within) {
        assertThat(AwaitedReply.COST_SHARE.lateReason(waited)).isEqualTo("no answer from benefits-service "
                + "(CostShareApplied or BenefitLimitReached or CostShareDenied) " + within
                + "; the claim moves on when it comes");
    }
}
