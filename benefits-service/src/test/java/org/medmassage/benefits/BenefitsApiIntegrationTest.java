package org.medmassage.benefits;

import static org.medmassage.benefits.fixtures.BenefitsRequests.goldPpoBody;
import static org.medmassage.benefits.fixtures.BenefitsRequests.tier;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.fixtures.BenefitsApi;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The REST API's refusals: RFC 9457 problems that name every field at fault. */
@ServiceIntegrationTest
class BenefitsApiIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "benefits");
    }

    @LocalServerPort
    int port;

    private WebTestClient http;

    @BeforeEach
    void http() {
        http = new BenefitsApi(port).http();
    }

    @Test
    void a_plan_missing_a_field_is_a_400_problem_naming_it() {
        Map<String, Object> plan = goldPpoBody(20);
        plan.put("inNetwork", tier(null, 20, "3000.00"));

        http.put().uri("/plans/BAD-PLAN").contentType(MediaType.APPLICATION_JSON).bodyValue(plan)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("inNetwork.deductible")
                .jsonPath("$.errors[0].rule").isEqualTo("NotNull");
    }

    @Test
    void a_plan_with_a_wrongly_typed_field_is_a_400_problem_naming_it() {
        Map<String, Object> plan = goldPpoBody(20);
        plan.put("visitLimit", "twenty");

        http.put().uri("/plans/BAD-PLAN").contentType(MediaType.APPLICATION_JSON).bodyValue(plan)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("visitLimit");
    }

    @Test
    void a_plan_that_breaks_the_rules_is_a_422_problem_naming_every_field() {
        Map<String, Object> plan = goldPpoBody(20);
        plan.put("planYearStart", "02-30");
        plan.put("inNetwork", tier("500.00", 20, "100.00"));

        http.put().uri("/plans/BAD-PLAN").contentType(MediaType.APPLICATION_JSON).bodyValue(plan)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("planYearStart")
                .jsonPath("$.errors[0].rule").isEqualTo("CS-03")
                .jsonPath("$.errors[1].field").isEqualTo("inNetwork.outOfPocketMax");
        http.get().uri("/plans/BAD-PLAN").exchange().expectStatus().isNotFound();
    }

    @Test
    void a_registered_plan_reads_back_as_registered() {
        new BenefitsApi(port).registerGoldPpo("GOLD-READ", 20);

        http.get().uri("/plans/GOLD-READ").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.visitLimit").isEqualTo(20)
                .jsonPath("$.inNetwork.coinsurancePercent").isEqualTo(20);
    }

    @Test
    void coverage_for_an_unknown_plan_is_a_422_problem_naming_planId() {
        http.put().uri("/members/M-NOPLAN/coverage").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("planId", "NO-SUCH-PLAN", "effectiveFrom", "2026-01-01"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("planId");
    }

    @Test
    void coverage_ending_before_it_starts_is_a_422_problem_naming_effectiveTo() {
        new BenefitsApi(port).registerGoldPpo("GOLD-DATES", 20);

        http.put().uri("/members/M-DATES/coverage").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("planId", "GOLD-DATES", "effectiveFrom", "2026-02-01", "effectiveTo", "2026-01-31"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("effectiveTo");
    }

    @Test
    void benefits_of_a_member_not_covered_on_the_date_are_404_and_a_bad_date_is_a_400_naming_asOf() {
        http.get().uri("/members/M-NOBODY/benefits?asOf=2026-03-12").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/members/M-NOBODY/benefits?asOf=12/03/2026").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("asOf");
    }
}
