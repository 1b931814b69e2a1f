package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.MASSAGE;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.referralOf;
import static org.medmassage.authorization.service.ServiceFixtures.sessionBilled;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.testsupport.KafkaProbe;

/**
 * MN-01 on the broker: a plan with referralRequired pays no massage line without an active referral on the date of
 * service, whether or not it asks for pre-authorization (ADR 0057). The story's referral runs 2026-03-02..2026-04-12.
 */
class ReferralRequiredVisitIntegrationTest extends AuthorizationServiceTest {

    @Test
    void a_visit_with_no_referral_on_a_plan_requiring_one_is_denied_CO_288() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverage(kafka, member, false, true);

            kafka.publish(sessionBilled(member, claim, null, "2026-03-10"));

            VisitNotAuthorized denied = kafka.await(VisitNotAuthorized.class, e -> e.claimId().equals(claim));
            assertThat(denied.carc()).isEqualTo("288");
            assertThat(denied.rarc()).isEqualTo("N29");
            assertThat(denied.procedureCodesWithoutReferral()).containsExactlyElementsOf(MASSAGE);
            assertThat(denied.reason()).isEqualTo("no active referral of member " + member
                    + " orders 97124, 97140 on 2026-03-10; the member's plan requires one");
            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, VisitAuthorized.class,
                    e -> e.claimId().equals(claim))).isEmpty();
        }
    }

    @Test
    void a_visit_inside_an_active_referral_is_authorized() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverage(kafka, member, false, true);
            recordReferral(kafka, member, 12);

            kafka.publish(sessionBilled(member, claim, null, "2026-03-10"));

            VisitAuthorized authorized = kafka.await(VisitAuthorized.class, e -> e.claimId().equals(claim));
            assertThat(authorized.authorizationId()).isNull();
            assertThat(authorized.procedureCodesWithoutReferral()).isEmpty();
        }
    }

    @Test
    void a_visit_after_the_referral_has_ended_is_denied_CO_288() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverage(kafka, member, false, true);
            recordReferral(kafka, member, 12);

            kafka.publish(sessionBilled(member, claim, null, "2026-04-13"));

            assertThat(kafka.await(VisitNotAuthorized.class, e -> e.claimId().equals(claim)).carc()).isEqualTo("288");
        }
    }

    @Test
    void a_plan_without_the_flag_pays_a_visit_with_no_referral_as_before() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverage(kafka, member, false, false);

            kafka.publish(sessionBilled(member, claim, null, "2026-03-10"));

            VisitAuthorized authorized = kafka.await(VisitAuthorized.class, e -> e.claimId().equals(claim));
            assertThat(authorized.authorizationId()).isNull();
            assertThat(authorized.procedureCodesWithoutReferral()).isEmpty();
        }
    }

    @Test
    void a_revoked_referral_denies_the_visit_CO_288_and_its_authorization_keeps_every_visit() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverage(kafka, member, true, true);
            recordReferral(kafka, member, 12);
            Map<String, Object> auth = requestAuthorization(member, 12);
            kafka.publish(new ReferralRevoked(referralOf(member), member, "written in error"));
            awaitRow("select count(*) from known_referral where revoked_reason is not null and referral_id = '"
                    + referralOf(member) + "'");

            kafka.publish(sessionBilled(member, claim, (String) auth.get("authorizationNumber"), "2026-03-10"));

            VisitNotAuthorized denied = kafka.await(VisitNotAuthorized.class, e -> e.claimId().equals(claim));
            assertThat(denied.carc()).isEqualTo("288");
            assertThat(denied.authorizationNumber()).isEqualTo(auth.get("authorizationNumber"));
            assertThat(get((String) auth.get("authorizationId"))).containsEntry("visitsUsed", 0);
        }
    }

    @Test
    void a_visit_waiting_for_its_coverage_is_checked_for_a_referral_when_the_coverage_arrives() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(sessionBilled(member, claim, null, "2026-03-10"));
            awaitRow("select count(*) from visit_awaiting_coverage where claim_id = '" + claim + "'");

            kafka.publish(new CoverageActivated(member, "HMO-REF", LocalDate.parse("2026-01-01"), null, false, true,
                    20));

            assertThat(kafka.await(VisitNotAuthorized.class, e -> e.claimId().equals(claim)).carc()).isEqualTo("288");
        }
    }
}
