package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.events.benefit.MemberRegistered;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 item 1 (decision 0069): the member's name and date of birth, and coverages with a payer type and a
 * coordination-of-benefits order that sit beside the primary health plan instead of replacing it.
 */
class MembersAndPayersIntegrationTest extends BenefitsServiceTest {

    @Test
    void registers_a_members_name_and_date_of_birth_and_announces_them() {
        String member = "M-NAME-" + UUID.randomUUID();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            api.http().put().uri("/members/" + member).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("firstName", " Jane ", "lastName", "Doe", "dateOfBirth", "1985-04-12"))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.firstName").isEqualTo("Jane");

            MemberRegistered registered = kafka.await(MemberRegistered.class, e -> e.memberId().equals(member));
            assertThat(registered).isEqualTo(new MemberRegistered(member, "Jane", "Doe", LocalDate.parse("1985-04-12")));
            JsonNode read = api.get("/members/" + member);
            assertThat(read.at("/lastName").asString()).isEqualTo("Doe");
            assertThat(read.at("/dateOfBirth").asString()).isEqualTo("1985-04-12");
        }
    }

    @Test
    void a_bad_name_or_date_of_birth_is_a_4xx_naming_the_field_and_nothing_is_stored() {
        String member = "M-BAD-" + UUID.randomUUID();
        rejected(member, Map.of("firstName", "", "lastName", "Doe", "dateOfBirth", "1985-04-12"), 400, "firstName");
        rejected(member, Map.of("firstName", "Jane", "lastName", "D".repeat(61), "dateOfBirth", "1985-04-12"), 400,
                "lastName");
        rejected(member, Map.of("firstName", "Jane", "lastName", "Doe", "dateOfBirth", "2999-01-01"), 400,
                "dateOfBirth");
        rejected(member, Map.of("firstName", "Jane", "lastName", "Doe", "dateOfBirth", "1899-12-31"), 422,
                "dateOfBirth");
        rejected(member, Map.of("firstName", "Jane", "lastName", "Doe"), 400, "dateOfBirth");

        assertThat(count("select count(*) from member where member_id = '" + member + "'")).isZero();
        api.http().get().uri("/members/" + member).exchange().expectStatus().isNotFound();
    }

    @Test
    void a_pip_coverage_and_a_secondary_plan_sit_beside_the_primary_plan_which_still_adjudicates() {
        String member = "M-COB-" + UUID.randomUUID();
        api.registerGoldPpo("GOLD-COB", 20);
        api.registerGoldPpo("SPOUSE-PPO", 20);
        api.registerGoldPpo("PIP-NJ", 20);
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            api.cover(member, "GOLD-COB");
            cover(member, "SPOUSE-PPO", "COMMERCIAL", 2);
            cover(member, "PIP-NJ", "AUTO_PIP", 1);

            CoverageActivated pip = kafka.await(CoverageActivated.class,
                    e -> e.memberId().equals(member) && e.planId().equals("PIP-NJ"));
            assertThat(pip.payerType()).isEqualTo("AUTO_PIP");
            assertThat(pip.cobOrder()).isEqualTo(1);
            assertThat(pip.appliesToHealthPlanClaims()).isFalse();
            assertThat(kafka.await(CoverageActivated.class, e -> e.memberId().equals(member)
                    && e.planId().equals("SPOUSE-PPO")).appliesToHealthPlanClaims()).isFalse();

            assertThat(api.get("/members/" + member + "/coverage").at("/planId").asString()).isEqualTo("GOLD-COB");
            JsonNode all = api.get("/members/" + member + "/coverages");
            assertThat(all.values().stream().map(c -> c.at("/planId").asString() + " " + c.at("/payerType").asString()
                    + " " + c.at("/cobOrder").asInt()).toList())
                    .containsExactlyInAnyOrder("GOLD-COB COMMERCIAL 1", "SPOUSE-PPO COMMERCIAL 2", "PIP-NJ AUTO_PIP 1");

            CostShareApplied applied = applied(kafka, costShareRequested("C-" + UUID.randomUUID(), member,
                    "2026-03-10", NetworkTier.IN_NETWORK, "52.00"));
            assertThat(applied.visitsUsed()).isEqualTo(1);
            assertThat(api.benefits(member, "2026-03-10").at("/planId").asString()).isEqualTo("GOLD-COB");
        }
    }

    @Test
    void a_payer_type_or_cob_order_out_of_range_is_a_400_naming_the_field() {
        api.registerGoldPpo("GOLD-RANGE", 20);
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("payerType", "MEDIGAP"),
                Map.entry("cobOrder", 0), Map.entry("cobOrder", 10))) {
            Map<String, Object> body = new HashMap<>(Map.of("planId", "GOLD-RANGE", "effectiveFrom", "2026-01-01"));
            body.put(bad.getKey(), bad.getValue());
            api.http().put().uri("/members/M-RANGE/coverage").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(bad.getKey());
        }
        assertThat(count("select count(*) from coverage where member_id = 'M-RANGE'")).isZero();
    }

    private void cover(String member, String planId, String payerType, int cobOrder) {
        Map<String, Object> body = new HashMap<>(Map.of("planId", planId, "effectiveFrom", "2026-01-01",
                "payerType", payerType, "cobOrder", cobOrder));
        if (payerType.equals("AUTO_PIP")) {
            body.put("accidentLimit", "10000.00");
        }
        api.http().put().uri("/members/" + member + "/coverage").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.payerType").isEqualTo(payerType).jsonPath("$.cobOrder").isEqualTo(cobOrder);
    }

    private void rejected(String member, Map<String, Object> body, int status, String field) {
        api.http().put().uri("/members/" + member).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectBody().jsonPath("$.errors[*].field").isEqualTo(List.of(field));
    }
}
