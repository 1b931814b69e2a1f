package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Topics;
import org.medmassage.events.benefit.CoverageActivated;
import tools.jackson.databind.JsonNode;

/**
 * RULEBOOK §4.2, issue 13 item 4: minutes become units by the method of the member's plan, known from
 * CoverageActivated (decision 0059); a member whose coverage has not arrived gets the configured default (CMS).
 * 38 minutes of 97124 with 10 of 97140: 2 + 1 units pooled (CPT-01), 3 + 1 per code (CPT-02).
 */
class TimedUnitMethodIntegrationTest extends ClaimsServiceTest {

    @Test
    void a_member_on_an_ama_per_code_plan_gets_ama_units_and_the_claim_says_which_method_made_them() {
        String member = member();
        covered(member, "AMA-PLAN", "AMA_PER_CODE");

        JsonNode claim = submitted(member);

        assertThat(claim.get("timedUnitMethod").asString()).isEqualTo("AMA_PER_CODE");
        assertThat(units(claim)).containsExactly(3, 1);
        assertThat(claim.get("totalAllowed").decimalValue()).isEqualByComparingTo("158.00");
    }

    @Test
    void a_member_on_a_cms_plan_gets_cms_units() {
        String member = member();
        covered(member, "CMS-PLAN", "CMS_TOTAL_TIME");

        JsonNode claim = submitted(member);

        assertThat(claim.get("timedUnitMethod").asString()).isEqualTo("CMS_TOTAL_TIME");
        assertThat(units(claim)).containsExactly(2, 1);
    }

    @Test
    void a_member_whose_coverage_is_not_known_yet_gets_the_configured_default() {
        String member = member();
        // another member's AMA plan must not leak into this one's claim
        covered(member(), "AMA-PLAN", "AMA_PER_CODE");

        JsonNode claim = submitted(member);

        assertThat(claim.get("timedUnitMethod").asString()).isEqualTo("CMS_TOTAL_TIME");
        assertThat(units(claim)).containsExactly(2, 1);
    }

    private void covered(String member, String planId, String method) {
        kafka.publish(new CoverageActivated(member, planId, LocalDate.of(2026, 1, 1), null, false, false, 20, method));
        kafka.awaitConsumed("claims-service", Topics.BENEFIT);
    }

    @SuppressWarnings("unchecked")
    private JsonNode submitted(String member) {
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 38, "180.00");
        ((List<Object>) claim.get("lines")).add(Map.of("procedureCode", "97140", "modifiers", List.of("GP", "59"),
                "minutes", 10, "charge", new BigDecimal("60.00"), "diagnosisPointers", List.of(1)));
        return api.claim(api.submit(claim));
    }

    private static List<Integer> units(JsonNode claim) {
        return claim.get("lines").values().stream().map(line -> line.get("units").asInt()).toList();
    }
}
