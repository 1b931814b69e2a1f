package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.storyReferral;
import static org.medmassage.authorization.Fixtures.storyRequest;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorizationIntakeTest {

    private final AuthorizationIntake intake = new AuthorizationIntake(new AuthorizationPolicy(),
            DecisionTurnaround.erisaGroupPlan(), new RandomAuthorizationNumbers());

    @Test
    void approves_the_story_request_at_once_when_the_referral_is_known() {
        Authorization authorization = intake.receive(storyRequest(), Optional.of(storyReferral()), 0);

        assertThat(authorization).isInstanceOf(ApprovedAuthorization.class);
        ApprovedAuthorization approved = (ApprovedAuthorization) authorization;
        assertThat(approved.status()).isEqualTo(AuthorizationStatus.APPROVED);
        assertThat(approved.approvedVisits()).isEqualTo(12);
        assertThat(approved.window()).isEqualTo(SIX_WEEKS);
        assertThat(approved.number().value()).startsWith("A20260302-");
        // the end of the 15th calendar day in New York, daylight time by then
        assertThat(approved.dueAt()).isEqualTo(Instant.parse("2026-03-18T03:59:59.999Z"));
        assertThat(approved.reason()).isNull();
    }

    @Test
    void pends_a_request_that_arrives_before_its_referral_and_decides_it_when_the_referral_arrives() {
        Authorization received = intake.receive(storyRequest(), Optional.empty(), 0);
        assertThat(received).isInstanceOf(PendedAuthorization.class);
        PendedAuthorization pended = (PendedAuthorization) received;

        Instant referralArrived = Instant.parse("2026-03-03T10:00:00Z");
        Authorization decided = intake.decidePended(pended, storyReferral(), 0, referralArrived);

        assertThat(decided).isInstanceOf(ApprovedAuthorization.class);
        assertThat(decided.id()).isEqualTo(pended.id());
        assertThat(decided.number()).isEqualTo(pended.number());
        assertThat(decided.dueAt()).isEqualTo(pended.dueAt());
        assertThat(((ApprovedAuthorization) decided).decidedAt()).isEqualTo(referralArrived);
        assertThat(pended.isOverdueAt(referralArrived)).isFalse();
    }
}
