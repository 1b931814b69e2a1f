package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.claimDenied;
import static org.medmassage.authorization.service.ServiceFixtures.claimVoided;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.referralOf;
import static org.medmassage.authorization.service.ServiceFixtures.sessionBilled;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.testsupport.KafkaProbe;

/**
 * MN-04/MN-05 on the broker (ADR 0066): on a plan requiring a referral but no pre-authorization, each paid date of
 * service uses one session of the story's "12 sessions over 6 weeks" referral (2026-03-02..2026-04-12), and the 13th
 * date is denied CO-288 N29 until a voided claim gives a session back.
 */
class ReferralSessionsIntegrationTest extends AuthorizationServiceTest {

    private static final String THIRTEENTH_DATE = "2026-03-20";

    @Test
    void twelve_dates_use_the_12_sessions_the_13th_is_denied_CO_288_and_a_void_makes_it_payable() {
        String member = newMember();
        String referral = referralOf(member);
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverage(kafka, member, false, true);
            recordReferral(kafka, member, 12);

            List<Integer> sessionsUsed = IntStream.rangeClosed(1, 12)
                    .mapToObj(day -> billed(kafka, member, "C" + day + "-" + member, march(day + 2)))
                    .map(authorized -> {
                        assertThat(authorized.authorizationId()).isNull();
                        assertThat(authorized.referralId()).isEqualTo(referral);
                        return authorized.referralSessionsUsed();
                    })
                    .toList();
            assertThat(sessionsUsed).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

            String thirteenth = "C13-" + member;
            kafka.publish(sessionBilled(member, thirteenth, null, THIRTEENTH_DATE));
            VisitNotAuthorized denied = kafka.await(VisitNotAuthorized.class, e -> e.claimId().equals(thirteenth));
            assertThat(denied.carc()).isEqualTo("288");
            assertThat(denied.rarc()).isEqualTo("N29");
            assertThat(denied.reason()).startsWith("all 12 sessions of referral " + referral + " are used; ");
            assertThat(denied.procedureCodesWithoutReferral()).containsExactly("97124", "97140");

            kafka.publish(claimVoided(member, "C3-" + member, march(5)));
            VisitReleased released = kafka.await(VisitReleased.class, e -> e.claimId().equals("C3-" + member));
            assertThat(released.authorizationId()).isNull();
            assertThat(released.referralId()).isEqualTo(referral);
            assertThat(released.referralSessionsUsed()).isEqualTo(11);
            assertThat(released.dateOfService()).isEqualTo(LocalDate.parse(march(5)));

            VisitAuthorized billedAgain = billed(kafka, member, "C13b-" + member, THIRTEENTH_DATE);
            assertThat(billedAgain.referralId()).isEqualTo(referral);
            assertThat(billedAgain.referralSessionsUsed()).isEqualTo(12);
        }
    }

    @Test
    void two_claims_of_one_date_share_its_session_which_goes_back_once_with_the_last() {
        String member = newMember();
        String first = "C1-" + member;
        String second = "C2-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverage(kafka, member, false, true);
            recordReferral(kafka, member, 12);

            assertThat(billed(kafka, member, first, march(10)).referralSessionsUsed()).isEqualTo(1);
            assertThat(billed(kafka, member, second, march(10)).referralSessionsUsed()).isEqualTo(1);

            kafka.publish(claimDenied(member, first, march(10)));
            kafka.publish(claimVoided(member, second, march(10)));
            kafka.publish(claimVoided(member, second, march(10)));

            assertThat(kafka.await(VisitReleased.class, e -> e.claimId().equals(second)).referralSessionsUsed())
                    .isZero();
            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, VisitReleased.class, e -> e.memberId().equals(member)))
                    .extracting(VisitReleased::claimId).containsExactly(second);
        }
    }

    @Test
    void a_plan_asking_for_pre_authorization_counts_the_session_on_the_authorization_not_the_referral() {
        String member = newMember();
        String claim = "C-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverage(kafka, member, true, true);
            recordReferral(kafka, member, 12);
            String number = (String) requestAuthorization(member, 12).get("authorizationNumber");

            kafka.publish(sessionBilled(member, claim, number, march(10)));

            VisitAuthorized authorized = kafka.await(VisitAuthorized.class, e -> e.claimId().equals(claim));
            assertThat(authorized.visitsUsed()).isEqualTo(1);
            assertThat(authorized.referralId()).isNull();
            assertThat(authorized.referralSessionsUsed()).isNull();
        }
    }

    private VisitAuthorized billed(KafkaProbe kafka, String member, String claim, String dateOfService) {
        kafka.publish(sessionBilled(member, claim, null, dateOfService));
        return kafka.await(VisitAuthorized.class, e -> e.claimId().equals(claim));
    }

    private static String march(int day) {
        return LocalDate.of(2026, 3, day).toString();
    }
}
