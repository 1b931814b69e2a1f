package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.claimDenied;
import static org.medmassage.authorization.service.ServiceFixtures.MASSAGE;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.referralOf;
import static org.medmassage.authorization.service.ServiceFixtures.requestBody;
import static org.medmassage.authorization.service.ServiceFixtures.sessionBilled;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.authorization.application.ExpireAuthorizations;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.AuthExhausted;
import org.medmassage.events.authorization.AuthExpired;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.events.referral.Prescriber;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Issue 14 item 4 (decision 0062): AuthExpired once when an approved window has ended on the payer's calendar, by the
 * clock; AuthExhausted once, in the unit of work of the visit that used the last one.
 */
class AuthorizationLifecycleIntegrationTest extends AuthorizationServiceTest {

    @Autowired
    ExpireAuthorizations expireAuthorizations;

    @Test
    void an_authorization_whose_window_ended_is_announced_expired_once_across_sweeps() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverageRequiringPreAuth(kafka, member);
            // the window still open while the visit is used, then moved into the past: a sweep between the approval and
            // the visit would otherwise announce it with no visit used (the sweeps run every 0.5 s here)
            Map<String, Object> auth = approvedUntil(kafka, member, yesterdayInNewYork().plusDays(1));
            String id = (String) auth.get("authorizationId");
            kafka.publish(sessionBilled(member, "C-" + member, (String) auth.get("authorizationNumber"),
                    yesterdayInNewYork().toString()));
            kafka.await(VisitAuthorized.class, e -> e.memberId().equals(member));
            db.sql("update prior_authorization set valid_to = :lastDay where authorization_id = :id")
                    .bind("lastDay", yesterdayInNewYork()).bind("id", UUID.fromString(id)).fetch().rowsUpdated().block(DEADLINE);

            // the scheduled sweep announces it; two more sweeps (after a restart, or on another instance) add nothing
            AuthExpired expired = kafka.await(AuthExpired.class, e -> e.authorizationId().equals(id));
            expireAuthorizations.expireEnded().block(DEADLINE);
            expireAuthorizations.expireEnded().block(DEADLINE);

            assertThat(expired.visitsUsed()).isEqualTo(1);
            assertThat(expired.approvedVisits()).isEqualTo(12);
            assertThat(expired.validTo()).isEqualTo(yesterdayInNewYork());
            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, AuthExpired.class,
                    e -> e.authorizationId().equals(id))).hasSize(1);
            // read back: still A1 (a late claim inside the window uses it), with when it expired
            Map<String, Object> read = get(id);
            assertThat(read).containsEntry("status", "APPROVED");
            assertThat(read.get("expiredAt")).isNotNull();
            assertThat(read.get("exhaustedAt")).isNull();
        }
    }

    @Test
    void a_window_ending_today_on_the_payers_calendar_has_not_expired() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            String id = (String) approvedUntil(kafka, member, yesterdayInNewYork().plusDays(1))
                    .get("authorizationId");

            expireAuthorizations.expireEnded().block(DEADLINE);

            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, AuthExpired.class,
                    e -> e.authorizationId().equals(id))).isEmpty();
        }
    }

    @Test
    void the_last_visit_exhausts_the_authorization_once_even_when_a_visit_is_given_back_and_used_again() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverageRequiringPreAuth(kafka, member);
            recordReferral(kafka, member, 1);
            Map<String, Object> auth = requestAuthorization(member, 1);
            String id = (String) auth.get("authorizationId");
            String number = (String) auth.get("authorizationNumber");

            kafka.publish(sessionBilled(member, "C1-" + member, number, "2026-03-10"));
            AuthExhausted exhausted = kafka.await(AuthExhausted.class, e -> e.authorizationId().equals(id));
            kafka.publish(claimDenied(member, "C1-" + member, "2026-03-10"));
            kafka.await(VisitReleased.class, e -> e.claimId().equals("C1-" + member));
            kafka.publish(sessionBilled(member, "C2-" + member, number, "2026-03-11"));
            VisitAuthorized again = kafka.await(VisitAuthorized.class, e -> e.claimId().equals("C2-" + member));

            assertThat(exhausted.approvedVisits()).isEqualTo(1);
            assertThat(again.visitsRemaining()).isZero();
            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, AuthExhausted.class,
                    e -> e.authorizationId().equals(id))).hasSize(1);
            assertThat(get(id).get("exhaustedAt")).isNotNull();
        }
    }

    /** Approved for 12 visits from 30 days before {@code lastDay} to {@code lastDay}, the referral's window. */
    private Map<String, Object> approvedUntil(KafkaProbe kafka, String member, LocalDate lastDay) {
        LocalDate from = lastDay.minusDays(30);
        kafka.publish(new ReferralRecorded(referralOf(member), member,
                new Prescriber("1245319599", "Dr. A. Example", "MD"), List.of("M54.50"), MASSAGE, 12, 6, from, from,
                lastDay));
        awaitRow("select count(*) from known_referral where referral_id = '" + referralOf(member) + "'");
        Map<String, Object> body = requestBody(member, 12);
        body.put("startDate", from.toString());
        Map<String, Object> approved = http().post().uri("/authorizations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        assertThat(approved).containsEntry("status", "APPROVED").containsEntry("validTo", lastDay.toString());
        return approved;
    }

    private static LocalDate yesterdayInNewYork() {
        return LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);
    }
}
