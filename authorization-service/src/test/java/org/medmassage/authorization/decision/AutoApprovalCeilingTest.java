package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.storyReferral;
import static org.medmassage.authorization.Fixtures.storyRequest;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.authorization.reevaluation.ReEvaluationGate;

class AutoApprovalCeilingTest {

    private static final AutoApprovalCeiling TWELVE = new AutoApprovalCeiling(12);

    @ParameterizedTest(name = "{0} visits certified under a ceiling of 12: pended {1}")
    @CsvSource({"1, false", "12, false", "13, true", "20, true"})
    void pends_for_review_only_what_certifies_more_visits_than_the_ceiling(int visits, boolean pended) {
        Decision decided = TWELVE.apply(new Decision.Approved(visits, MASSAGE_CODES, SIX_WEEKS));

        assertThat(decided instanceof Decision.Pended).isEqualTo(pended);
    }

    @Test
    void a_pend_says_how_many_visits_the_rules_would_certify_and_the_ceiling() {
        Decision decided = TWELVE.apply(new Decision.PartiallyApproved(16, MASSAGE_CODES, SIX_WEEKS, "window"));

        assertThat(decided).isEqualTo(new Decision.Pended(
                "for review: the rules would certify 16 visits, above the 12 approved without a reviewer"));
    }

    @Test
    void a_denial_or_a_pend_passes_through_and_no_ceiling_pends_nothing() {
        Decision denied = new Decision.Denied(DenialReasons.NO_REFERRAL, "no referral");
        Decision pended = new Decision.Pended("referral R-1 has not been received yet");

        assertThat(TWELVE.apply(denied)).isSameAs(denied);
        assertThat(TWELVE.apply(pended)).isSameAs(pended);
        assertThat(AutoApprovalCeiling.none().apply(new Decision.Approved(99, MASSAGE_CODES, SIX_WEEKS)))
                .isInstanceOf(Decision.Approved.class);
    }

    @Test
    void the_story_request_for_12_visits_is_pended_for_review_under_a_ceiling_of_6() {
        AuthorizationIntake intake = new AuthorizationIntake(new AuthorizationPolicy(),
                DecisionTurnaround.erisaGroupPlan(), new RandomAuthorizationNumbers(), new AutoApprovalCeiling(6));

        Authorization received = intake.receive(storyRequest(), Optional.of(storyReferral()), 0);

        assertThat(received).isInstanceOf(PendedAuthorization.class);
        assertThat(((PendedAuthorization) received).reason()).contains("12 visits, above the 6");
    }

    @Test
    void an_approval_cut_at_the_MN_06_gate_to_the_ceiling_is_approved_without_a_reviewer() {
        AuthorizationIntake intake = new AuthorizationIntake(new AuthorizationPolicy(),
                DecisionTurnaround.erisaGroupPlan(), new RandomAuthorizationNumbers(), new AutoApprovalCeiling(6));

        AuthorizationIntake.Received received = intake.receive(storyRequest(), Optional.of(storyReferral()), 0,
                new CareTerms(Optional.empty(), new ReEvaluationGate(6, null)));

        assertThat(received.authorization()).isInstanceOf(ApprovedAuthorization.class);
        assertThat(((ApprovedAuthorization) received.authorization()).approvedVisits()).isEqualTo(6);
        assertThat(received.reEvaluation()).isPresent();
    }
}
