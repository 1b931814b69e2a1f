package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.sessionBilled;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.testsupport.KafkaProbe;

/**
 * Claims and coverage travel on different topics, so a SessionBilled can arrive before the member's
 * CoverageActivated. The visit waits for the coverage instead of being denied for good (fail closed) on the
 * pre-authorization an unknown plan is assumed to require.
 */
class CoverageOrderingIntegrationTest extends AuthorizationServiceTest {

    @Test
    void a_session_billed_before_its_plan_without_pre_authorization_arrives_is_authorized_when_it_does() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(sessionBilled(member, claim, null, "2026-03-10"));
            awaitWaiting(claim);

            kafka.publish(new CoverageActivated(member, "PPO-OPEN", LocalDate.parse("2026-01-01"), null, false, false,
                    20));

            VisitAuthorized authorized = kafka.await(VisitAuthorized.class, e -> e.claimId().equals(claim));
            assertThat(authorized.authorizationId()).isNull();
            assertThat(publishedOnceSettled(kafka, Topics.BENEFIT, VisitNotAuthorized.class,
                    e -> e.claimId().equals(claim))).isEmpty();
            assertThat(waiting(claim)).isZero();
        }
    }

    @Test
    void a_visit_keeps_waiting_when_the_coverage_that_arrives_does_not_span_its_date() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(sessionBilled(member, claim, null, "2026-03-10"));
            awaitWaiting(claim);

            kafka.publish(new CoverageActivated(member, "PPO-2027", LocalDate.parse("2027-01-01"), null, false, false,
                    20));
            awaitRow("select count(*) from member_coverage_terms where member_id = '" + member + "'");

            assertThat(waiting(claim)).as("the coverage was processed and the visit still waits").isEqualTo(1);
            kafka.publish(new CoverageActivated(member, "PPO-2026", LocalDate.parse("2026-01-01"),
                    LocalDate.parse("2026-12-31"), false, false, 20));
            assertThat(kafka.await(VisitAuthorized.class, e -> e.claimId().equals(claim)).authorizationId()).isNull();
        }
    }

    @Test
    void a_visit_whose_coverage_never_comes_is_refused_CO_197_once_its_wait_is_over() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(sessionBilled(member, claim, null, "2026-03-10"));
            awaitWaiting(claim);

            // the wait (10 minutes by default) is over: as if the clock had moved on
            db.sql("update visit_awaiting_coverage set decide_by = now() - interval '1 second' where claim_id = :claim")
                    .bind("claim", claim).fetch().rowsUpdated().block();

            VisitNotAuthorized refused = kafka.await(VisitNotAuthorized.class, e -> e.claimId().equals(claim));
            assertThat(refused.carc()).isEqualTo("197");
            assertThat(refused.reason()).isEqualTo("no authorization on file for member " + member);
            assertThat(waiting(claim)).isZero();
        }
    }

    @Test
    void a_visit_an_authorization_covers_is_authorized_without_waiting_for_the_coverage() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, member, 12);
            String number = (String) requestAuthorization(member, 12).get("authorizationNumber");

            kafka.publish(sessionBilled(member, claim, number, "2026-03-10"));

            assertThat(kafka.await(VisitAuthorized.class, e -> e.claimId().equals(claim)).authorizationNumber())
                    .isEqualTo(number);
            assertThat(waiting(claim)).isZero();
        }
    }

    private void awaitWaiting(String claim) {
        awaitRow("select count(*) from visit_awaiting_coverage where claim_id = '" + claim + "'");
    }

    private long waiting(String claim) {
        return db.sql("select count(*) from visit_awaiting_coverage where claim_id = :claim").bind("claim", claim)
                .map(row -> ((Number) row.get(0)).longValue()).one().block();
    }
}
