package org.medmassage.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.events.portal.PortalNotification;
import org.medmassage.events.referral.Prescriber;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.notification.application.RecordNotification;
import org.medmassage.notification.notice.SourceEvent;
import org.medmassage.support.outbox.UnitOfWork;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import reactor.test.StepVerifier;

/** The service on the real in-process KRaft broker and a fresh real PostgreSQL database. */
class NotificationServiceIntegrationTest extends NotificationServiceTest {

    private static final LocalDate DOS = LocalDate.parse("2026-03-10");

    @Autowired
    RecordNotification recordNotification;
    @Autowired
    UnitOfWork unitOfWork;

    private KafkaProbe kafka;

    @BeforeEach
    void probe() {
        kafka = new KafkaProbe(brokers);
    }

    @AfterEach
    void closeProbe() {
        kafka.close();
    }

    @Test
    void lists_a_members_notifications_oldest_first_in_exact_words_and_publishes_them_for_the_portal() {
        kafka.publish(referral("M-STORY"));
        awaitNotifications("M-STORY", 1);
        EventEnvelope claim = kafka.publish(claimAllToDeductible("M-STORY", "CLM-STORY"));

        List<Listed> listed = awaitNotifications("M-STORY", 2);

        assertThat(listed).extracting(Listed::sourceEventType).containsExactly("ReferralRecorded", "ClaimAdjudicated");
        assertThat(listed).extracting(Listed::message).containsExactly(
                "Your referral for 12 massage sessions is on file, valid 2026-03-02 to 2026-04-12",
                "Your visit on 2026-03-10 was processed: you owe $80.00 (applied to your deductible); your plan paid $0.00");
        assertThat(listed).extracting(Listed::category).containsExactly("REFERRAL", "CLAIM");
        assertThat(listed.get(1).title()).isEqualTo("Visit processed");
        assertThat(listed.get(1).occurredAt()).isEqualTo(claim.occurredAt().truncatedTo(ChronoUnit.MICROS));

        KafkaProbe.Received<PortalNotification> published = kafka.awaitEnvelope(PortalNotification.class,
                portal -> claim.eventId().equals(portal.sourceEventId()), PATIENCE);
        assertThat(published.key()).isEqualTo("M-STORY");
        assertThat(published.envelope().causationId()).isEqualTo(claim.eventId());
        assertThat(published.payload().notificationId()).isEqualTo(listed.get(1).notificationId());
        assertThat(published.payload().message()).isEqualTo(listed.get(1).message());
        assertThat(published.payload().sourceCorrelationId()).isEqualTo("CLM-STORY");
        assertThat(published.payload().occurredAt()).isEqualTo(listed.get(1).occurredAt());
    }

    @Test
    void the_same_event_delivered_twice_makes_one_notification() {
        EventEnvelope claim = kafka.publish(claimAllToDeductible("M-TWICE", "CLM-TWICE"));
        kafka.publish(claim);
        // the member's next event is handled after both deliveries of the first (one partition, one consumer)
        kafka.publish(claimAllToDeductible("M-TWICE", "CLM-NEXT"));

        List<Listed> listed = awaitNotifications("M-TWICE", 2);

        assertThat(listed).extracting(Listed::sourceEventType).containsExactly("ClaimAdjudicated", "ClaimAdjudicated");
        assertThat(portalNotificationsCausedBy(claim.eventId())).isEqualTo(1);
    }

    @Test
    void a_replayed_event_makes_no_second_notification_even_past_the_inbox() {
        SourceEvent event = SourceEvent.of(UUID.randomUUID(), Instant.parse("2026-03-02T10:00:00Z"), referral("M-REPLAY"));

        unitOfWork.execute(recordNotification.record(event)).block(PATIENCE);
        unitOfWork.execute(recordNotification.record(event)).block(PATIENCE);

        assertThat(list("M-REPLAY")).hasSize(1);
        assertThat(portalNotificationsCausedBy(event.eventId())).isEqualTo(1);
    }

    @Test
    void events_that_do_not_concern_the_patient_make_no_notification() {
        kafka.publish(new SessionBilled("CLM-QUIET", "M-QUIET", "PA-1", "1234567893", DOS, "11", List.of("M54.50"),
                List.of("97124")));
        kafka.publish(referral("M-QUIET"));

        assertThat(awaitNotifications("M-QUIET", 1)).extracting(Listed::sourceEventType)
                .containsExactly("ReferralRecorded");
    }

    @Test
    void a_live_subscriber_receives_what_is_stored_after_it_subscribed_and_nothing_from_before() {
        kafka.publish(referral("M-LIVE"));
        awaitNotifications("M-LIVE", 1);

        FluxExchangeResult<ServerSentEvent<Listed>> stream = http().get()
                .uri("/members/M-LIVE/notifications/stream").headers(Tokens.asMember("M-LIVE"))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Listed>>() { });

        StepVerifier.create(stream.getResponseBody().filter(event -> event.data() != null
                        || "subscribed".equals(event.comment())))
                .expectNextMatches(greeting -> "subscribed".equals(greeting.comment()))
                .then(() -> kafka.publish(claimAllToDeductible("M-LIVE", "CLM-LIVE")))
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("notification");
                    assertThat(event.data().sourceEventType()).isEqualTo("ClaimAdjudicated");
                    assertThat(event.data().message()).isEqualTo(
                            "Your visit on 2026-03-10 was processed: you owe $80.00 (applied to your deductible); your plan paid $0.00");
                    assertThat(event.id()).isEqualTo(event.data().notificationId());
                })
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void a_member_without_notifications_has_an_empty_list() {
        assertThat(list("M-NOBODY")).isEmpty();
    }

    private List<Listed> awaitNotifications(String memberId, int count) {
        await().atMost(PATIENCE).until(() -> list(memberId).size() >= count);
        List<Listed> listed = list(memberId);
        assertThat(listed).hasSize(count);
        return listed;
    }

    private List<Listed> list(String memberId) {
        return http().get().uri("/members/{memberId}/notifications", memberId).headers(Tokens.asMember(memberId))
                .exchange()
                .expectStatus().isOk()
                .expectBodyList(Listed.class).returnResult().getResponseBody();
    }

    private long portalNotificationsCausedBy(UUID sourceEventId) {
        return db.sql("select count(*) from outbox_event where event_type = 'PortalNotification' and envelope like :id")
                .bind("id", "%\"causationId\":\"" + sourceEventId + "\"%")
                .map(row -> row.get(0, Long.class)).one().block(PATIENCE);
    }

    private static ReferralRecorded referral(String memberId) {
        LocalDate from = LocalDate.parse("2026-03-02");
        return new ReferralRecorded("REF-" + memberId, memberId, new Prescriber("1234567893", "Dr. Ada Lovelace", "MD"),
                List.of("M54.50"), List.of("97124", "97140"), 12, 6, from, from, LocalDate.parse("2026-04-12"));
    }

    /** The story's visit: 97124 × 2 in network at $40.00/unit, all of it to the deductible. */
    private static DomainEvent claimAllToDeductible(String memberId, String claimId) {
        AdjudicatedLine line = new AdjudicatedLine(1, "97124", 2, money("120.00"), money("80.00"), money("80.00"),
                money("0.00"), money("0.00"), money("0.00"), money("80.00"),
                List.of(new Adjustment("CO", "45", money("40.00")), new Adjustment("PR", "1", money("80.00"))),
                List.of());
        return new ClaimAdjudicated(claimId, memberId, DOS, "PAID", money("120.00"), money("80.00"), money("0.00"),
                money("80.00"), List.of(line));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** The list and stream JSON contract (PLAN: notification REST). */
    record Listed(String notificationId, String memberId, String category, String title, String message,
                  String sourceEventType, Instant occurredAt) {
    }
}
