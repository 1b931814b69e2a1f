package org.medmassage.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.storyReferral;
import static org.medmassage.authorization.Fixtures.storyRequest;
import static org.medmassage.authorization.Fixtures.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmassage.authorization.coverage.PreAuth;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationIntake;
import org.medmassage.authorization.decision.AuthorizationPolicy;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.authorization.decision.DecisionTurnaround;
import org.medmassage.authorization.decision.RandomAuthorizationNumbers;
import org.medmassage.authorization.usage.AuthorizedVisits;
import org.medmassage.authorization.usage.VisitAuthorizationPolicy;
import org.medmassage.authorization.usage.VisitOutcome;

/** The rulebook's story: referral for "12 sessions over 6 weeks" written 2026-03-02, authorized, two visits billed. */
class AuthorizationStoryTest {

    @Test
    void a_12_session_referral_is_authorized_for_12_visits_and_two_billed_visits_use_two() {
        AuthorizationIntake intake = new AuthorizationIntake(new AuthorizationPolicy(),
                DecisionTurnaround.erisaGroupPlan(), new RandomAuthorizationNumbers());
        ApprovedAuthorization auth = (ApprovedAuthorization) intake.receive(storyRequest(), Optional.of(storyReferral()), 0);

        assertThat(auth.status()).isEqualTo(AuthorizationStatus.APPROVED);
        assertThat(auth.approvedVisits()).isEqualTo(12);
        assertThat(auth.procedureCodes()).containsExactly("97124", "97140");
        assertThat(auth.window()).isEqualTo(SIX_WEEKS);

        VisitAuthorizationPolicy visits = new VisitAuthorizationPolicy();
        String number = auth.number().value();
        VisitOutcome.Authorized first = (VisitOutcome.Authorized) visits.authorize(
                visit("C-1", number, LocalDate.parse("2026-03-10"), MASSAGE_CODES), PreAuth.REQUIRED,
                List.of(AuthorizedVisits.unused(auth)), false);
        VisitOutcome.Authorized second = (VisitOutcome.Authorized) visits.authorize(
                visit("C-2", number, LocalDate.parse("2026-03-12"), MASSAGE_CODES), PreAuth.REQUIRED,
                List.of(first.authorization()), false);

        assertThat(second.visitsUsed()).isEqualTo(2);
        assertThat(second.visitsRemaining()).isEqualTo(10);
    }
}
