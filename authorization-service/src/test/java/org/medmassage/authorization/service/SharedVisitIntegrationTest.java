package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.claimDenied;
import static org.medmassage.authorization.service.ServiceFixtures.claimVoided;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.sessionBilled;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.testsupport.KafkaProbe;

/** PA-04: two claims billed for one date of service share its visit, which goes back only with the last of them. */
class SharedVisitIntegrationTest extends AuthorizationServiceTest {

    private static final String MAR_10 = "2026-03-10";

    @Test
    void releasing_the_claim_that_holds_a_date_s_visit_passes_it_to_the_claim_that_stays() {
        String member = newMember();
        String first = "C1-" + member;
        String second = "C2-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            String id = twoClaimsForOneDate(kafka, member, first, second);

            kafka.publish(claimDenied(member, first, MAR_10));

            awaitReleased(first);
            assertThat(get(id)).containsEntry("visitsUsed", 1);
            assertThat(holderOf(id)).isEqualTo(second);

            // a later void of the claim already denied is a second release of it: nothing left to release
            kafka.publish(claimVoided(member, first, MAR_10));
            kafka.publish(claimVoided(member, second, MAR_10));

            VisitReleased released = kafka.await(VisitReleased.class, e -> e.claimId().equals(second));
            assertThat(released.authorizationId()).isEqualTo(id);
            assertThat(released.dateOfService()).isEqualTo(LocalDate.parse(MAR_10));
            assertThat(released.visitsUsed()).isZero();
            assertThat(get(id)).containsEntry("visitsUsed", 0);
            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, VisitReleased.class, e -> e.memberId().equals(member)))
                    .extracting(VisitReleased::claimId).containsExactly(second);
        }
    }

    @Test
    void releasing_a_claim_that_only_shared_the_visit_releases_nothing() {
        String member = newMember();
        String first = "C1-" + member;
        String second = "C2-" + member;
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            String id = twoClaimsForOneDate(kafka, member, first, second);

            kafka.publish(claimVoided(member, second, MAR_10));
            awaitReleased(second);
            assertThat(get(id)).containsEntry("visitsUsed", 1);
            assertThat(holderOf(id)).isEqualTo(first);

            kafka.publish(claimDenied(member, first, MAR_10));

            assertThat(kafka.await(VisitReleased.class, e -> e.claimId().equals(first)).visitsUsed()).isZero();
            assertThat(get(id)).containsEntry("visitsUsed", 0);
            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, VisitReleased.class, e -> e.memberId().equals(member)))
                    .extracting(VisitReleased::claimId).containsExactly(first);
        }
    }

    /** Two claims billed for MAR_10 on a 12-visit authorization; returns the authorization id. */
    private String twoClaimsForOneDate(KafkaProbe kafka, String member, String first, String second) {
        recordReferral(kafka, member, 12);
        Map<String, Object> auth = requestAuthorization(member, 12);
        String number = (String) auth.get("authorizationNumber");

        kafka.publish(sessionBilled(member, first, number, MAR_10));
        kafka.publish(sessionBilled(member, second, number, MAR_10));

        assertThat(kafka.await(VisitAuthorized.class, e -> e.claimId().equals(first)).visitsUsed()).isEqualTo(1);
        VisitAuthorized shared = kafka.await(VisitAuthorized.class, e -> e.claimId().equals(second));
        assertThat(shared.visitsUsed()).isEqualTo(1);
        assertThat(shared.visitsRemaining()).isEqualTo(11);
        String id = (String) auth.get("authorizationId");
        assertThat(get(id)).containsEntry("visitsUsed", 1);
        return id;
    }

    /** Waits until the claim's release is recorded: a release that gives nothing back emits no event to wait for. */
    private void awaitReleased(String claimId) {
        awaitRow("select count(*) from visit_claim where released_at is not null and claim_id = '" + claimId + "'");
    }

    private String holderOf(String authorizationId) {
        return db.sql("select claim_id from visit_consumption where authorization_id = '" + authorizationId + "'::uuid")
                .map(row -> row.get(0, String.class)).one().block();
    }
}
