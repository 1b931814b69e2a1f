package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.Topics;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.testsupport.KafkaProbe;

/**
 * Issue 14 item 3 (decision 0067): decisions that know the plan — the codes it covers, the dates it covers and the
 * visits its plan year has left, as benefits-service announces and posts them.
 */
class PlanAwareDecisionIntegrationTest extends AuthorizationServiceTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");
    private static final LocalDate DEC_31 = LocalDate.parse("2026-12-31");
    private static final LocalDate EARLIER_VISIT = LocalDate.parse("2026-02-10");

    @Test
    void an_approval_covers_only_the_plans_codes_and_the_visits_its_plan_year_has_left_A2() {
        String member = newMember();
        String claim = UUID.randomUUID().toString();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(new CoverageActivated(member, "GOLD-97124", JAN_1, null, true, false, 20, null, null,
                    List.of("97124")));
            kafka.publish(visitsPosted(member, claim, 15));
            awaitRow("select count(*) from plan_year_visits where member_id = '" + member + "'");
            recordReferral(kafka, member, 12);

            Map<String, Object> first = requestAuthorization(member, 12);

            assertThat(first).containsEntry("status", "PARTIALLY_APPROVED").containsEntry("x12ActionCode", "A2")
                    .containsEntry("approvedVisits", 5).containsEntry("procedureCodes", List.of("97124"));
            assertThat((String) first.get("reason")).isEqualTo("97140 not covered by plan GOLD-97124; 5 of 12 visits:"
                    + " 5 of the plan's 20 visits for 2026-01-01…2026-12-31 left (15 used, 0 authorized and not yet"
                    + " used)");

            // a voided claim gives its visit back; the first authorization's 5 visits stay promised
            kafka.publish(new AccumulatorsReversed(claim, member, EARLIER_VISIT, BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2), 1));
            kafka.awaitConsumed("authorization-service", Topics.BENEFIT);
            Map<String, Object> second = requestAuthorization(member, 12);

            assertThat(second).containsEntry("status", "PARTIALLY_APPROVED").containsEntry("approvedVisits", 1);
            assertThat((String) second.get("reason")).contains("(14 used, 5 authorized and not yet used)");
        }
    }

    @Test
    void denies_CS_06_when_the_plan_years_visits_are_used_up() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(new CoverageActivated(member, "GOLD", JAN_1, null, true, false, 20));
            kafka.publish(visitsPosted(member, UUID.randomUUID().toString(), 20));
            awaitRow("select count(*) from plan_year_visits where member_id = '" + member + "'");
            recordReferral(kafka, member, 12);

            Map<String, Object> denied = requestAuthorization(member, 12);

            assertThat(denied).containsEntry("status", "DENIED").containsEntry("x12ActionCode", "A3")
                    .containsEntry("reasonCode", "CS-06").containsEntry("approvedVisits", 0);
        }
    }

    @Test
    void denies_CS_01_when_the_coverage_ended_before_the_requested_dates() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(new CoverageActivated(member, "GOLD-2025", LocalDate.parse("2025-01-01"),
                    LocalDate.parse("2026-02-28"), true, false, 20));
            awaitRow("select count(*) from member_coverage_terms where member_id = '" + member + "'");
            recordReferral(kafka, member, 12);

            Map<String, Object> denied = requestAuthorization(member, 12);

            assertThat(denied).containsEntry("status", "DENIED").containsEntry("reasonCode", "CS-01")
                    .containsEntry("reason", "the member has no coverage from 2026-03-02 to 2026-04-12");
        }
    }

    @Test
    void only_the_primary_health_plan_is_kept_not_a_pip_coverage_or_a_secondary_plan() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(new CoverageActivated(member, "GOLD", JAN_1, null, true, false, 20, null, null, null,
                    "MEDICAID", 1));
            kafka.publish(new CoverageActivated(member, "PIP-NJ", LocalDate.parse("2026-02-01"), null, false, false,
                    20, null, null, null, "AUTO_PIP", 1));
            kafka.publish(new CoverageActivated(member, "SPOUSE", LocalDate.parse("2026-02-01"), null, false, false,
                    20, null, null, null, "COMMERCIAL", 2));
            kafka.awaitConsumed("authorization-service", Topics.BENEFIT);

            assertThat(db.sql("select plan_id, payer_type from member_coverage_terms where member_id = :member")
                    .bind("member", member)
                    .map((row, meta) -> row.get("plan_id", String.class) + " " + row.get("payer_type", String.class))
                    .all().collectList().block(DEADLINE)).containsExactly("GOLD MEDICAID");
        }
    }

    /** benefits-service posted a visit of 2026-02-10: {@code visitsUsed} of 20 used in plan year 2026. */
    private static CostShareApplied visitsPosted(String member, String claim, int visitsUsed) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal allowed = new BigDecimal("52.00");
        return new CostShareApplied(claim, member, EARLIER_VISIT, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, allowed, zero, zero, zero, allowed, zero)), zero, zero, visitsUsed, 20,
                List.of(), JAN_1, DEC_31);
    }
}
