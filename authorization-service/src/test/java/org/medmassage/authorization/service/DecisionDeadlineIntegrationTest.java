package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medmassage.authorization.service.ServiceFixtures.ISSUED_ON;
import static org.medmassage.authorization.service.ServiceFixtures.MASSAGE;
import static org.medmassage.authorization.service.ServiceFixtures.SIX_WEEKS_END;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.referralOf;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.authorization.application.WatchDecisionDeadlines;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.AuthDecisionDue;
import org.medmassage.support.security.Role;
import org.medmassage.testissuer.TestIssuer;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.PrometheusScrape;
import org.medmassage.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 14 item 2 (PA-02, decision 0062): the deadline sweep tells the reviewer queue of a deadline near and passed,
 * once each, counts a breach once, and the figures are on /actuator/prometheus.
 */
class DecisionDeadlineIntegrationTest extends AuthorizationServiceTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
            new ParameterizedTypeReference<>() {
            };

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    WatchDecisionDeadlines watchDecisionDeadlines;
    @Autowired
    MeterRegistry meters;

    @Test
    void a_standard_request_is_due_at_the_end_of_its_7th_calendar_day_in_new_york() {
        Map<String, Object> pended = requestAuthorization(newMember(), 12);

        Instant received = Instant.parse((String) pended.get("receivedAt"));
        Instant due = Instant.parse((String) pended.get("dueAt"));
        ZonedDateTime local = due.atZone(NEW_YORK);
        assertThat(local.toLocalDate()).isEqualTo(received.atZone(NEW_YORK).toLocalDate().plusDays(7));
        assertThat(local.toLocalTime()).hasToString("23:59:59.999");
        assertThat(pended).containsEntry("breached", false);
    }

    @Test
    void a_breached_request_is_announced_and_counted_once_across_sweeps_and_shown_breached_in_the_queue() {
        String member = newMember();
        String id = (String) requestAuthorization(member, 12).get("authorizationId");
        double before = breachedCount();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            moveDeadline(id, Instant.now().minus(1, ChronoUnit.MINUTES));

            // the scheduled sweep finds it; two more sweeps (as after a restart, or on another instance) add nothing
            AuthDecisionDue due = kafka.await(AuthDecisionDue.class, e -> e.authorizationId().equals(id) && e.breached());
            watchDecisionDeadlines.sweep().block(DEADLINE);
            watchDecisionDeadlines.sweep().block(DEADLINE);

            assertThat(due.memberId()).isEqualTo(member);
            assertThat(due.priority()).isEqualTo("STANDARD");
            List<AuthDecisionDue> announced = publishedOnceSettled(kafka, Topics.REFERRAL, AuthDecisionDue.class,
                    e -> e.authorizationId().equals(id));
            assertThat(announced).as("past its deadline at once: the breach only, no warning").hasSize(1);
            assertThat(breachedCount()).isEqualTo(before + 1);
            assertThat(flag(id, "breached_at")).isTrue();
        }
        Map<String, Object> listed = reviewerQueue().stream().filter(item -> item.get("authorizationId").equals(id))
                .findFirst().orElseThrow();
        assertThat(listed).containsEntry("breached", true).containsKey("dueAt");
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(metrics())
                .containsPattern("medmassage_authorization_deadlines_breached_total\\{[^}]*priority=\"STANDARD\"[^}]*} [1-9]")
                .containsPattern("medmassage_authorization_pended_overdue(\\{[^}]*})? [1-9]"));
    }

    @Test
    void a_request_due_within_24_hours_is_announced_once_as_near_and_counted_in_the_gauge() {
        String member = newMember();
        String id = (String) requestAuthorization(member, 12).get("authorizationId");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            moveDeadline(id, Instant.now().plus(2, ChronoUnit.HOURS));

            AuthDecisionDue near = kafka.await(AuthDecisionDue.class, e -> e.authorizationId().equals(id));
            watchDecisionDeadlines.sweep().block(DEADLINE);

            assertThat(near.breached()).isFalse();
            assertThat(publishedOnceSettled(kafka, Topics.REFERRAL, AuthDecisionDue.class,
                    e -> e.authorizationId().equals(id))).hasSize(1);
            assertThat(flag(id, "due_warned_at")).isTrue();
            assertThat(flag(id, "breached_at")).isFalse();
            await().atMost(DEADLINE).untilAsserted(() -> assertThat(metrics())
                    .containsPattern("medmassage_authorization_pended_due_soon(\\{[^}]*})? [1-9]"));
        }
    }

    @Test
    void time_to_decision_is_a_histogram_by_auto_and_reviewer() {
        String member = newMember();
        String id = (String) requestAuthorization(member, 12).get("authorizationId");
        knownReferral(member);

        reviewer().post().uri("/authorizations/{id}/decision", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new HashMap<>(Map.of("outcome", "APPROVE", "reason", "plan of care reviewed")))
                .exchange().expectStatus().isOk();

        assertThat(metrics())
                .containsPattern("medmassage_authorization_decision_time_seconds_count\\{[^}]*by=\"reviewer\"[^}]*} [1-9]")
                .containsPattern("medmassage_authorization_decision_time_seconds_bucket\\{[^}]*by=\"reviewer\"[^}]*le=\"259200\\.0\"");
        String auto = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            recordReferral(kafka, auto, 12);
        }
        assertThat(requestAuthorization(auto, 12)).containsEntry("status", "APPROVED");
        assertThat(metrics())
                .containsPattern("medmassage_authorization_decision_time_seconds_count\\{[^}]*by=\"auto\"[^}]*} [1-9]");
    }

    private void moveDeadline(String id, Instant dueAt) {
        db.sql("update prior_authorization set due_at = :due where authorization_id = :id")
                .bind("due", dueAt.atOffset(ZoneOffset.UTC)).bind("id", UUID.fromString(id))
                .then().block(DEADLINE);
    }

    private boolean flag(String id, String column) {
        return db.sql("select " + column + " is not null as set from prior_authorization where authorization_id = :id")
                .bind("id", UUID.fromString(id)).map(row -> row.get("set", Boolean.class)).one().block(DEADLINE);
    }

    private double breachedCount() {
        return meters.find("medmassage.authorization.deadlines.breached").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    /** The request's referral known to this service but not applied to it: pended for a reviewer. */
    private void knownReferral(String member) {
        db.sql("""
                        insert into known_referral (referral_id, member_id, procedure_codes, sessions, valid_from, valid_to)
                        values (:referral, :member, :codes, 12, :from, :to)""")
                .bind("referral", referralOf(member)).bind("member", member)
                .bind("codes", MASSAGE.toArray(String[]::new)).bind("from", ISSUED_ON).bind("to", SIX_WEEKS_END)
                .then().block(DEADLINE);
    }

    private List<Map<String, Object>> reviewerQueue() {
        return reviewer().get().uri("/authorizations?status=PENDED&size=100&dueBefore=" + Instant.now())
                .exchange().expectStatus().isOk().expectBody(JSON_ARRAY).returnResult().getResponseBody();
    }

    private String metrics() {
        return PrometheusScrape.of(anonymous());
    }

    private WebTestClient reviewer() {
        String token = TestIssuer.get().sign(Tokens.claims(Role.REVIEWER, null, null).subject("reviewer:ann").build());
        return anonymous().mutate().defaultHeaders(Tokens.bearer(token)).build();
    }

    private WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(DEADLINE).build();
    }
}
