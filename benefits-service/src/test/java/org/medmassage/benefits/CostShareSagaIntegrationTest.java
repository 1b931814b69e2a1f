package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;
import static org.medmassage.benefits.fixtures.BenefitsRequests.lineCostShare;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.Topics;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.events.benefit.VisitLimitApproaching;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Saga step 4 on the real in-process KRaft broker and a fresh PostgreSQL database. Each test has its own member. */
class CostShareSagaIntegrationTest extends BenefitsServiceTest {

    private static final NetworkTier IN = NetworkTier.IN_NETWORK;
    private static final NetworkTier OON = NetworkTier.OUT_OF_NETWORK;

    @Autowired
    MeterRegistry meters;

    @Test
    void foundation_story_applies_the_deductible_to_two_visits_and_shows_the_remainders() {
        api.registerGoldPpo("GOLD-PPO", 20);
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            api.cover("M-STORY", "GOLD-PPO");
            CoverageActivated activated = kafka.await(CoverageActivated.class, e -> e.memberId().equals("M-STORY"));
            assertThat(activated.preAuthRequired()).isTrue();
            assertThat(activated.visitLimit()).isEqualTo(20);

            kafka.publish(costShareRequested("C-STORY-1", "M-STORY", "2026-03-03", IN, "80.00"));
            CostShareApplied first = kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-STORY-1"));
            assertThat(first.lines()).containsExactly(lineCostShare(1, "80.00", "80.00", "0.00", "0.00", "0.00", "80.00"));
            assertThat(first.deductibleRemaining()).isEqualTo(money("420.00"));
            assertThat(first.outOfPocketRemaining()).isEqualTo(money("2920.00"));
            assertThat(first.visitsUsed()).isEqualTo(1);

            kafka.publish(costShareRequested("C-STORY-2", "M-STORY", "2026-03-10", IN, "120.00"));
            CostShareApplied second = kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-STORY-2"));
            assertThat(second.lines()).containsExactly(lineCostShare(1, "120.00", "120.00", "0.00", "0.00", "0.00", "120.00"));
            assertThat(second.deductibleRemaining()).isEqualTo(money("300.00"));
            assertThat(second.visitsUsed()).isEqualTo(2);
        }

        JsonNode benefits = api.benefits("M-STORY", "2026-03-12");
        assertThat(benefits.at("/planId").asString()).isEqualTo("GOLD-PPO");
        assertThat(benefits.at("/planYearStart").asString()).isEqualTo("2026-01-01");
        assertThat(benefits.at("/planYearEnd").asString()).isEqualTo("2026-12-31");
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("200.00"));
        assertThat(benefits.at("/inNetwork/deductibleRemaining").decimalValue()).isEqualTo(money("300.00"));
        assertThat(benefits.at("/inNetwork/outOfPocketRemaining").decimalValue()).isEqualTo(money("2800.00"));
        assertThat(benefits.at("/outOfNetwork/deductibleRemaining").decimalValue()).isEqualTo(money("1000.00"));
        assertThat(benefits.at("/visits/used").asInt()).isEqualTo(2);
        assertThat(benefits.at("/visits/remaining").asInt()).isEqualTo(18);
    }

    @Test
    void the_same_event_delivered_twice_posts_once_and_a_new_request_for_a_posted_claim_replaces_its_rows() {
        api.registerGoldPpo("GOLD-DUP", 20);
        api.cover("M-DUP", "GOLD-DUP");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            EventEnvelope sent = kafka.publish(costShareRequested("C-DUP", "M-DUP", "2026-03-10", IN, "70.00", "32.00"));
            kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-DUP"));

            double duplicatesBefore = inbox("duplicates");
            kafka.publish(sent);
            await().atMost(Duration.ofSeconds(30)).until(() -> inbox("duplicates") > duplicatesBefore);

            // CS-07: the claim processed again gives back its first postings before posting the new ones
            kafka.publish(costShareRequested("C-DUP", "M-DUP", "2026-03-10", IN, "70.00", "32.00"));
            AccumulatorsReversed reversed = kafka.await(AccumulatorsReversed.class, e -> e.claimId().equals("C-DUP"));
            assertThat(reversed.deductibleReversed()).isEqualTo(money("102.00"));
            assertThat(reversed.outOfPocketReversed()).isEqualTo(money("102.00"));
            assertThat(reversed.visitsReversed()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    kafka.all(CostShareApplied.class, e -> e.claimId().equals("C-DUP"), Duration.ofMillis(500)).size() == 2);
        }
        assertThat(count("select count(*) from ledger_posting where claim_id = 'C-DUP' and reversed_at is null")).isEqualTo(2);
        assertThat(count("select count(*) from ledger_posting where claim_id = 'C-DUP'")).isEqualTo(4);
        assertThat(count("select count(*) from visit_posting where claim_id = 'C-DUP' and reversed_at is null")).isEqualTo(1);
        JsonNode benefits = api.benefits("M-DUP", "2026-03-10");
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("102.00"));
        assertThat(benefits.at("/visits/used").asInt()).isEqualTo(1);
    }

    @Test
    void a_malformed_record_is_dead_lettered_and_the_next_record_is_still_processed() {
        api.registerGoldPpo("GOLD-DLQ", 20);
        api.cover("M-DLQ", "GOLD-DLQ");
        double deadLetters = deadLetters(Topics.CLAIM);
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publishRaw(Topics.CLAIM, "M-DLQ", "{not json".getBytes(StandardCharsets.UTF_8));
            kafka.publish(costShareRequested("C-AFTER-DLQ", "M-DLQ", "2026-03-10", IN, "80.00"));

            List<ConsumerRecord<String, byte[]>> dead = kafka.records(Topics.deadLetter(Topics.CLAIM, "benefits-service"),
                    Duration.ofSeconds(30), record -> "M-DLQ".equals(record.key()));
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-AFTER-DLQ")).deductibleRemaining())
                    .isEqualTo(money("420.00"));
            // counted on the consumer's thread before it took the next record of the member
            assertThat(deadLetters(Topics.CLAIM)).isEqualTo(deadLetters + 1);
        }
    }

    @Test
    void example_4b_out_of_network_after_the_deductible_pays_40_percent_coinsurance() {
        api.registerGoldPpo("GOLD-OON", 20);
        api.cover("M-OON", "GOLD-OON");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(costShareRequested("C-OON-1", "M-OON", "2026-02-10", OON, "1000.00"));
            kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-OON-1"));
            double coinsurance = costShare("coinsurance");
            double planPaid = costShare("plan_paid");
            kafka.publish(costShareRequested("C-OON-2", "M-OON", "2026-03-10", OON, "60.00", "30.00"));

            CostShareApplied applied = kafka.await(CostShareApplied.class, e -> e.claimId().equals("C-OON-2"));
            assertThat(applied.lines()).containsExactly(
                    lineCostShare(1, "60.00", "0.00", "0.00", "24.00", "36.00", "24.00"),
                    lineCostShare(2, "30.00", "0.00", "0.00", "12.00", "18.00", "12.00"));
            assertThat(applied.outOfPocketRemaining()).isNull();
            // the money by bucket, as announced: 24.00 + 12.00 coinsurance, 36.00 + 18.00 paid by the plan
            assertThat(costShare("coinsurance") - coinsurance).isCloseTo(36.00, within(0.001));
            assertThat(costShare("plan_paid") - planPaid).isCloseTo(54.00, within(0.001));
        }
        assertThat(api.benefits("M-OON", "2026-03-10").at("/inNetwork/deductibleMet").decimalValue())
                .isEqualTo(money("0.00"));
    }

    @Test
    void the_visit_over_the_limit_is_refused_with_PR_119_and_a_member_without_coverage_with_CO_27() {
        api.registerGoldPpo("ONE-VISIT", 1);
        api.cover("M-LIMIT", "ONE-VISIT");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(costShareRequested("C-LIMIT-1", "M-LIMIT", "2026-03-10", IN, "80.00"));
            assertThat(kafka.await(VisitLimitApproaching.class, e -> e.claimId().equals("C-LIMIT-1")).visitsRemaining())
                    .isZero();

            kafka.publish(costShareRequested("C-LIMIT-2", "M-LIMIT", "2026-03-17", IN, "80.00"));
            BenefitLimitReached limit = kafka.await(BenefitLimitReached.class, e -> e.claimId().equals("C-LIMIT-2"));
            assertThat(limit.carc()).isEqualTo("119");
            assertThat(limit.rarc()).isEqualTo("N640");
            assertThat(limit.visitsUsed()).isEqualTo(1);

            kafka.publish(costShareRequested("C-NOBODY", "M-NOBODY", "2026-03-10", IN, "80.00"));
            CostShareDenied denied = kafka.await(CostShareDenied.class, e -> e.claimId().equals("C-NOBODY"));
            assertThat(denied.group()).isEqualTo("CO");
            assertThat(denied.carc()).isEqualTo("27");
        }
        assertThat(count("select count(*) from ledger_posting where claim_id = 'C-LIMIT-2'")).isZero();
        assertThat(api.benefits("M-LIMIT", "2026-03-17").at("/visits/used").asInt()).isEqualTo(1);
    }

    @Test
    void changing_a_plan_announces_the_coverage_of_its_members_again_with_the_new_terms() {
        api.registerGoldPpo("GOLD-CHANGE", 20);
        api.cover("M-CHANGE", "GOLD-CHANGE");
        api.registerGoldPpo("GOLD-CHANGE", 30);

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            assertThat(kafka.await(CoverageActivated.class,
                    e -> e.memberId().equals("M-CHANGE") && e.visitLimit() == 30).planId()).isEqualTo("GOLD-CHANGE");
        }
    }

    private double costShare(String bucket) {
        return meters.get("medmassage.benefits.cost.share.amount").tags("bucket", bucket, "payer", "HEALTH_PLAN")
                .counter().count();
    }

    private double deadLetters(String topic) {
        return meters.find("medmassage.consumer.dead.letters").tag("topic", topic).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private double inbox(String outcome) {
        return meters.counter("medmassage.inbox." + outcome, "consumer", "benefits-service",
                "event_type", "CostShareRequested").count();
    }
}
