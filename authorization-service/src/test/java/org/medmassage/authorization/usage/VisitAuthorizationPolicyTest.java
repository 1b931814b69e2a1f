package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.approved;
import static org.medmassage.authorization.Fixtures.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medmassage.authorization.coverage.PreAuth;

class VisitAuthorizationPolicyTest {

    private static final String NUMBER = "A20260302-7KQ4M9XZ";
    private static final LocalDate MAR_10 = LocalDate.parse("2026-03-10");

    private final VisitAuthorizationPolicy policy = new VisitAuthorizationPolicy();
    private final AuthorizedVisits story = AuthorizedVisits.unused(approved(NUMBER, 12, MASSAGE_CODES, SIX_WEEKS));

    @Test
    void a_plan_without_pre_authorization_needs_no_authorization() {
        assertThat(policy.authorize(visit("C-1", null, MAR_10, MASSAGE_CODES), PreAuth.NOT_REQUIRED, List.of(), false))
                .isEqualTo(new VisitOutcome.AuthorizationNotRequired());
    }

    @Test
    void a_line_the_plan_does_not_cover_is_left_to_benefits_PR_204_not_refused_CO_284() {
        AuthorizedVisits massageOnly = AuthorizedVisits.unused(approved(NUMBER, 12, List.of("97124"), SIX_WEEKS));

        VisitOutcome outcome = policy.authorize(visit("C-1", NUMBER, MAR_10, MASSAGE_CODES), PreAuth.REQUIRED,
                new ReferralCheck.Referred(), List.of(massageOnly), false, Set.of("97140"));

        VisitOutcome.Authorized authorized = (VisitOutcome.Authorized) outcome;
        assertThat(authorized.codesNotAuthorized()).isEmpty();
        assertThat(authorized.visitsUsed()).isEqualTo(1);
    }

    @Test
    void a_visit_of_uncovered_codes_only_needs_no_authorization_and_uses_no_visit() {
        VisitOutcome outcome = policy.authorize(visit("C-1", NUMBER, MAR_10, List.of("97140")), PreAuth.REQUIRED,
                new ReferralCheck.Referred(), List.of(story), false, Set.of("97140"));

        assertThat(outcome).isEqualTo(new VisitOutcome.AuthorizationNotRequired());
    }

    @Test
    void consumes_one_visit_per_date_of_service_PA_04() {
        VisitOutcome outcome = policy.authorize(visit("C-1", NUMBER, MAR_10, MASSAGE_CODES), PreAuth.REQUIRED,
                List.of(story), false);

        VisitOutcome.Authorized authorized = (VisitOutcome.Authorized) outcome;
        assertThat(authorized.newlyConsumed()).isTrue();
        assertThat(authorized.visitsUsed()).isEqualTo(1);
        assertThat(authorized.visitsRemaining()).isEqualTo(11);
        assertThat(authorized.exhaustedNow()).isFalse();
    }

    @Test
    void a_second_claim_on_a_date_already_used_consumes_nothing_and_shares_the_visit() {
        AuthorizedVisits afterFirst = story.consume(visit("C-1", NUMBER, MAR_10, List.of("97124")));

        VisitOutcome.Authorized second = (VisitOutcome.Authorized) policy.authorize(
                visit("C-2", NUMBER, MAR_10, List.of("97140")), PreAuth.REQUIRED, List.of(afterFirst), false);

        assertThat(second.newlyConsumed()).isFalse();
        assertThat(second.visitsUsed()).isEqualTo(1);
        assertThat(second.authorization().consumedOn(MAR_10))
                .contains(new ConsumedVisit(MAR_10, List.of("C-1", "C-2")));
    }

    @Test
    void the_visit_that_uses_the_last_one_exhausts_the_authorization() {
        AuthorizedVisits elevenUsed = story;
        for (int day = 0; day < 11; day++) {
            elevenUsed = elevenUsed.consume(visit("C-" + day, NUMBER, LocalDate.parse("2026-03-02").plusDays(day),
                    MASSAGE_CODES));
        }

        VisitOutcome.Authorized twelfth = (VisitOutcome.Authorized) policy.authorize(
                visit("C-12", NUMBER, LocalDate.parse("2026-04-01"), MASSAGE_CODES), PreAuth.REQUIRED,
                List.of(elevenUsed), false);

        assertThat(twelfth.exhaustedNow()).isTrue();
        assertThat(twelfth.visitsRemaining()).isZero();
    }

    @Test
    void a_denied_claim_gives_its_visit_back_and_a_claim_that_used_none_gives_nothing() {
        AuthorizedVisits used = story.consume(visit("C-1", NUMBER, MAR_10, MASSAGE_CODES));

        assertThat(used.release("C-2")).isEqualTo(new VisitRelease.NotStanding());
        VisitRelease.GivenBack released = (VisitRelease.GivenBack) used.release("C-1");
        assertThat(released.after().visitsUsed()).isZero();
        assertThat(released.after().consumedOn(MAR_10)).isEmpty();
    }

    @Test
    void a_visit_without_a_usable_authorization_is_not_authorized() {
        VisitOutcome outcome = policy.authorize(visit("C-1", null, MAR_10, MASSAGE_CODES), PreAuth.REQUIRED,
                List.of(), false);

        assertThat(outcome).isInstanceOf(VisitOutcome.NotAuthorized.class);
        assertThat(((VisitOutcome.NotAuthorized) outcome).rejection().carc()).isEqualTo("197");
    }

    @Test
    void a_visit_refused_only_for_want_of_known_coverage_awaits_the_coverage() {
        VisitOutcome outcome = policy.authorize(visit("C-1", null, MAR_10, MASSAGE_CODES), PreAuth.COVERAGE_UNKNOWN,
                List.of(), true);

        assertThat(outcome).isInstanceOf(VisitOutcome.AwaitingCoverage.class);
        assertThat(((VisitOutcome.AwaitingCoverage) outcome).refusal().carc()).isEqualTo("197");
    }

    @Test
    void once_its_wait_is_over_a_visit_without_known_coverage_is_refused_failing_closed() {
        VisitOutcome outcome = policy.authorize(visit("C-1", null, MAR_10, MASSAGE_CODES), PreAuth.COVERAGE_UNKNOWN,
                List.of(), false);

        assertThat(((VisitOutcome.NotAuthorized) outcome).rejection().carc()).isEqualTo("197");
    }

    @Test
    void a_visit_without_known_coverage_that_an_authorization_covers_is_authorized_at_once() {
        VisitOutcome outcome = policy.authorize(visit("C-1", NUMBER, MAR_10, MASSAGE_CODES), PreAuth.COVERAGE_UNKNOWN,
                List.of(story), true);

        assertThat(outcome).isInstanceOf(VisitOutcome.Authorized.class);
    }

    @Test
    void a_known_plan_requiring_pre_authorization_refuses_at_once() {
        VisitOutcome outcome = policy.authorize(visit("C-1", null, MAR_10, MASSAGE_CODES), PreAuth.REQUIRED,
                List.of(), true);

        assertThat(outcome).isInstanceOf(VisitOutcome.NotAuthorized.class);
    }
}
