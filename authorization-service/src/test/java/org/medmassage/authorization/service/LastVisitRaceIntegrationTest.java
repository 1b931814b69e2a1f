package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.sessionBilled;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.medmassage.authorization.application.AuthorizeVisit;
import org.medmassage.events.EventCodec;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.AuthExhausted;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.support.outbox.UnitOfWork;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * PA-04/PA-05 under concurrency (issue 14 item 6): the last visit of an authorization is used exactly once when two
 * claims reach it at the same moment, as two instances of the service in one consumer group would, and when one
 * event is delivered twice at once, as the old and the new owner of a partition would after a rebalance.
 */
class LastVisitRaceIntegrationTest extends AuthorizationServiceTest {

    private static final Duration TOGETHER = Duration.ofSeconds(30);
    private static final EventCodec CODEC = new EventCodec();
    private static ExecutorService instances;

    @Autowired
    AuthorizeVisit authorizeVisit;
    @Autowired
    UnitOfWork unitOfWork;
    @Autowired
    @Qualifier("claimEvents")
    Consumer<Message<List<byte[]>>> claimEvents;

    @BeforeAll
    static void twoInstances() {
        instances = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopInstances() throws InterruptedException {
        instances.shutdown();
        instances.awaitTermination(10, TimeUnit.SECONDS);
    }

    @RepeatedTest(20)
    void two_claims_racing_for_the_last_visit_use_it_once_and_the_other_is_denied_CO_198() throws Exception {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            LastVisit auth = authorizationWithOneVisitLeft(kafka, member);
            SessionBilled first = sessionBilled(member, "C1-" + member, auth.number(), "2026-03-10");
            SessionBilled second = sessionBilled(member, "C2-" + member, auth.number(), "2026-03-11");

            // each claim in its own unit of work on its own thread, as two instances of the consumer group would
            together(() -> unitOfWork.execute(authorizeVisit.onSessionBilled(first, UUID.randomUUID())).block(TOGETHER),
                    () -> unitOfWork.execute(authorizeVisit.onSessionBilled(second, UUID.randomUUID())).block(TOGETHER));

            List<VisitAuthorized> authorized = publishedOnceSettled(kafka, Topics.CLAIM, VisitAuthorized.class,
                    e -> e.memberId().equals(member));
            List<VisitNotAuthorized> denied = kafka.allUpToNow(VisitNotAuthorized.class,
                    e -> e.memberId().equals(member));
            assertThat(authorized).singleElement().satisfies(visit -> {
                assertThat(visit.visitsUsed()).isEqualTo(1);
                assertThat(visit.visitsRemaining()).isZero();
            });
            assertThat(denied).singleElement().satisfies(visit -> {
                assertThat(visit.carc()).isEqualTo("198");
                assertThat(visit.claimId()).isNotEqualTo(authorized.get(0).claimId());
            });
            assertThat(kafka.allUpToNow(AuthExhausted.class, e -> e.memberId().equals(member))).hasSize(1);
            assertUsedOnce(auth.id());
        }
    }

    @RepeatedTest(20)
    void the_same_claim_delivered_twice_at_once_uses_the_last_visit_once() throws Exception {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            LastVisit auth = authorizationWithOneVisitLeft(kafka, member);
            EventEnvelope billed = CODEC.wrap(sessionBilled(member, "C1-" + member, auth.number(), "2026-03-10"), null,
                    Instant.now());

            // the whole consumer path (inbox, unit of work, use case) twice with one envelope, on two threads at once
            together(() -> deliver(billed), () -> deliver(billed));

            assertThat(publishedOnceSettled(kafka, Topics.CLAIM, VisitAuthorized.class,
                    e -> e.memberId().equals(member))).singleElement().satisfies(visit -> {
                assertThat(visit.visitsUsed()).isEqualTo(1);
                assertThat(visit.visitsRemaining()).isZero();
            });
            assertThat(kafka.allUpToNow(VisitNotAuthorized.class, e -> e.memberId().equals(member))).isEmpty();
            assertThat(count("select count(*) from inbox_event where event_id = '" + billed.eventId() + "'"))
                    .isEqualTo(1);
            assertUsedOnce(auth.id());
        }
    }

    private record LastVisit(String id, String number) {
    }

    /** A one-visit authorization on a plan that asks for it, so a claim beyond it is denied, not kept waiting. */
    private LastVisit authorizationWithOneVisitLeft(KafkaProbe kafka, String member) {
        coverageRequiringPreAuth(kafka, member);
        recordReferral(kafka, member, 1);
        Map<String, Object> auth = requestAuthorization(member, 1);
        assertThat(auth).containsEntry("approvedVisits", 1);
        return new LastVisit((String) auth.get("authorizationId"), (String) auth.get("authorizationNumber"));
    }

    private Void deliver(EventEnvelope envelope) {
        claimEvents.accept(MessageBuilder.withPayload(List.of(CODEC.encode(envelope))).build());
        return null;
    }

    /** Runs both at the same moment on the two instance threads; rethrows what either threw. */
    private void together(Callable<?> one, Callable<?> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<?>> running = new ArrayList<>();
        for (Callable<?> work : List.of(one, other)) {
            running.add(instances.submit(() -> {
                start.await(TOGETHER.toSeconds(), TimeUnit.SECONDS);
                return work.call();
            }));
        }
        for (Future<?> done : running) {
            done.get(TOGETHER.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private void assertUsedOnce(String authorizationId) {
        assertThat(get(authorizationId)).containsEntry("visitsUsed", 1);
        assertThat(count("select count(*) from visit_consumption where authorization_id = '" + authorizationId
                + "'::uuid")).isEqualTo(1);
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().block();
    }
}
