package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.approved;
import static org.medmassage.authorization.Fixtures.visit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.authorization.coverage.PreAuth;
import org.medmassage.authorization.referral.KnownReferral;

/** MN-01 within the visit check: which lines a missing referral denies, and what it leaves to the PA-03 match. */
class ReferralOnVisitTest {

    private static final String NUMBER = "A20260302-7KQ4M9XZ";
    private static final LocalDate MAR_10 = LocalDate.parse("2026-03-10");

    private final VisitAuthorizationPolicy policy = new VisitAuthorizationPolicy();
    private final ReferralRequirement requirement = new ReferralRequirement();
    private final AuthorizedVisits story = AuthorizedVisits.unused(approved(NUMBER, 12, MASSAGE_CODES, SIX_WEEKS));
    private final KnownReferral manualTherapyOnly = new KnownReferral("R-1", MEMBER, List.of("97140"), 12, SIX_WEEKS);

    @Test
    void a_visit_with_no_referral_is_denied_CO_288_and_uses_no_authorized_visit() {
        BilledVisit visit = visit("C-1", NUMBER, MAR_10, MASSAGE_CODES);

        VisitOutcome outcome = policy.authorize(visit, PreAuth.REQUIRED, requirement.check(visit, true, List.of()),
                List.of(story), false);

        VisitOutcome.NotAuthorized denied = (VisitOutcome.NotAuthorized) outcome;
        assertThat(denied.rejection().code()).isEqualTo("CO-288");
        assertThat(denied.rejection().rarc()).isEqualTo("N29");
        assertThat(denied.authorizationNumber()).isEqualTo(NUMBER);
        assertThat(denied.codesWithoutReferral()).containsExactlyElementsOf(MASSAGE_CODES);
        assertThat(story.visitsUsed()).isZero();
    }

    @Test
    void a_plan_without_pre_authorization_still_denies_a_visit_with_no_referral() {
        BilledVisit visit = visit("C-1", null, MAR_10, MASSAGE_CODES);

        VisitOutcome outcome = policy.authorize(visit, PreAuth.NOT_REQUIRED, requirement.check(visit, true, List.of()),
                List.of(), false);

        assertThat(((VisitOutcome.NotAuthorized) outcome).rejection().code()).isEqualTo("CO-288");
    }

    @Test
    void a_line_with_neither_referral_nor_authorization_is_denied_CO_288_not_CO_197() {
        BilledVisit visit = visit("C-1", null, MAR_10, MASSAGE_CODES);

        VisitOutcome outcome = policy.authorize(visit, PreAuth.REQUIRED, requirement.check(visit, true, List.of()),
                List.of(), false);

        assertThat(((VisitOutcome.NotAuthorized) outcome).rejection().code()).isEqualTo("CO-288");
    }

    @Test
    void a_line_without_referral_is_denied_while_the_referred_line_uses_the_authorization() {
        BilledVisit visit = visit("C-1", NUMBER, MAR_10, MASSAGE_CODES);

        VisitOutcome outcome = policy.authorize(visit, PreAuth.REQUIRED,
                requirement.check(visit, true, List.of(manualTherapyOnly)), List.of(story), false);

        VisitOutcome.Authorized authorized = (VisitOutcome.Authorized) outcome;
        assertThat(authorized.codesWithoutReferral()).containsExactly("97124");
        assertThat(authorized.codesNotAuthorized()).isEmpty();
        assertThat(authorized.newlyConsumed()).isTrue();
        assertThat(authorized.visitsUsed()).isEqualTo(1);
    }

    @Test
    void without_pre_authorization_the_referred_lines_go_on_and_the_others_are_named() {
        BilledVisit visit = visit("C-1", null, MAR_10, MASSAGE_CODES);

        VisitOutcome outcome = policy.authorize(visit, PreAuth.NOT_REQUIRED,
                requirement.check(visit, true, List.of(manualTherapyOnly)), List.of(), false);

        assertThat(outcome).isEqualTo(new VisitOutcome.AuthorizationNotRequired(List.of("97124")));
    }

    @Test
    void the_lines_left_after_the_referral_check_are_matched_alone() {
        // 97124 has no referral (CO-288); 97110 needs no referral but the authorization does not cover it (CO-284)
        BilledVisit visit = visit("C-1", NUMBER, MAR_10, List.of("97124", "97110"));

        VisitOutcome outcome = policy.authorize(visit, PreAuth.REQUIRED, requirement.check(visit, true, List.of()),
                List.of(story), false);

        VisitOutcome.NotAuthorized denied = (VisitOutcome.NotAuthorized) outcome;
        assertThat(denied.rejection().code()).isEqualTo("CO-284");
        assertThat(denied.codesWithoutReferral()).containsExactly("97124");
        assertThat(story.visitsUsed()).isZero();
    }

    @Test
    void a_plan_without_the_flag_is_decided_as_before() {
        BilledVisit visit = visit("C-1", null, MAR_10, MASSAGE_CODES);

        assertThat(policy.authorize(visit, PreAuth.NOT_REQUIRED, requirement.check(visit, false, List.of()), List.of(),
                false)).isEqualTo(new VisitOutcome.AuthorizationNotRequired());
        assertThat(policy.authorize(visit, PreAuth.REQUIRED, requirement.check(visit, false, List.of()), List.of(),
                false)).isEqualTo(policy.authorize(visit, PreAuth.REQUIRED, List.of(), false));
    }
}
