package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.goldPpoBody;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.MediaType;

/** A plan's timed-unit method (RULEBOOK §4.2), kept and announced for claims-service's intake (decision 0059). */
class TimedUnitMethodIntegrationTest extends BenefitsServiceTest {

    @Test
    void a_plan_counting_units_per_code_says_so_when_read_and_when_a_member_is_covered() {
        Map<String, Object> plan = goldPpoBody(20);
        plan.put("timedUnitMethod", "AMA_PER_CODE");
        api.registerPlan("AMA-PLAN", plan);
        api.registerGoldPpo("CMS-PLAN", 20);
        assertThat(api.get("/plans/AMA-PLAN").at("/timedUnitMethod").asString()).isEqualTo("AMA_PER_CODE");
        assertThat(api.get("/plans/CMS-PLAN").at("/timedUnitMethod").asString()).isEqualTo("CMS_TOTAL_TIME");

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            api.cover("M-AMA", "AMA-PLAN");
            api.cover("M-CMS", "CMS-PLAN");
            assertThat(kafka.await(CoverageActivated.class, e -> e.memberId().equals("M-AMA")).timedUnitMethod())
                    .isEqualTo("AMA_PER_CODE");
            assertThat(kafka.await(CoverageActivated.class, e -> e.memberId().equals("M-CMS")).timedUnitMethod())
                    .isEqualTo("CMS_TOTAL_TIME");
        }
    }

    @Test
    void an_unknown_timed_unit_method_is_a_400_naming_the_field() {
        Map<String, Object> plan = goldPpoBody(20);
        plan.put("timedUnitMethod", "PER_MINUTE");

        api.http().put().uri("/plans/BAD-UNITS").contentType(MediaType.APPLICATION_JSON).bodyValue(plan)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("timedUnitMethod");
    }
}
