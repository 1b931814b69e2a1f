package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;
import static org.medmassage.benefits.fixtures.BenefitsRequests.goldPpoBody;
import static org.medmassage.benefits.fixtures.BenefitsRequests.renderedBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** A plan paying massage only to the provider types it lists (RULEBOOK §1.3, decision 0061). */
class ProviderTypesIntegrationTest extends BenefitsServiceTest {

    private static final String MASSAGE_THERAPIST = "225700000X";
    private static final String PHYSICAL_THERAPIST = "225100000X";
    private static final String ORTHOPEDIC_PT = "2251X0800X";

    @Test
    void a_massage_therapist_under_a_pt_only_plan_is_denied_CO_185_N95_and_posts_nothing_nor_counts_the_visit() {
        api.registerPlan("PT-ONLY", ptOnlyBody());
        assertThat(api.get("/plans/PT-ONLY").at("/coveredProviderTypes").toString())
                .isEqualTo("[\"" + PHYSICAL_THERAPIST + "\",\"" + ORTHOPEDIC_PT + "\"]");

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            api.cover("M-PT-ONLY", "PT-ONLY");
            assertThat(kafka.await(CoverageActivated.class, e -> e.memberId().equals("M-PT-ONLY"))
                    .coveredProviderTypes()).containsExactly(PHYSICAL_THERAPIST, ORTHOPEDIC_PT);

            kafka.publish(renderedBy(MASSAGE_THERAPIST, costShareRequested("C-LMT", "M-PT-ONLY", "2026-03-10",
                    NetworkTier.IN_NETWORK, "70.00", "32.00")));
            CostShareDenied denied = kafka.await(CostShareDenied.class, e -> e.claimId().equals("C-LMT"));
            assertThat(Arrays.asList(denied.group(), denied.carc(), denied.rarc())).containsExactly("CO", "185", "N95");
            assertThat(denied.reason()).isEqualTo(
                    "rendering provider type 225700000X (Massage Therapist) is not one plan PT-ONLY pays for massage");

            CostShareApplied physicalTherapist = applied(kafka, renderedBy(PHYSICAL_THERAPIST,
                    costShareRequested("C-PT", "M-PT-ONLY", "2026-03-11", NetworkTier.IN_NETWORK, "70.00")));
            assertThat(physicalTherapist.visitsUsed()).isEqualTo(1);
            // decision 0060's migration path: a provider without credentials on file is not judged
            CostShareApplied unknown = applied(kafka, renderedBy(null,
                    costShareRequested("C-UNKNOWN", "M-PT-ONLY", "2026-03-12", NetworkTier.IN_NETWORK, "30.00")));
            assertThat(unknown.visitsUsed()).isEqualTo(2);
        }
        assertThat(count("select count(*) from ledger_posting where claim_id = 'C-LMT'")).isZero();
        assertThat(count("select count(*) from visit_posting where claim_id = 'C-LMT'")).isZero();
        JsonNode benefits = api.benefits("M-PT-ONLY", "2026-03-12");
        assertThat(benefits.at("/visits/used").asInt()).isEqualTo(2);
        assertThat(benefits.at("/inNetwork/deductibleMet").decimalValue()).isEqualTo(money("100.00"));
    }

    @Test
    void a_plan_without_the_list_pays_a_massage_therapist_and_announces_no_list() {
        api.registerGoldPpo("ANY-TYPE", 20);
        assertThat(api.get("/plans/ANY-TYPE").at("/coveredProviderTypes").isNull()).isTrue();

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            api.cover("M-ANY-TYPE", "ANY-TYPE");
            assertThat(kafka.await(CoverageActivated.class, e -> e.memberId().equals("M-ANY-TYPE"))
                    .coveredProviderTypes()).isNull();
            assertThat(applied(kafka, renderedBy(MASSAGE_THERAPIST, costShareRequested("C-ANY-LMT", "M-ANY-TYPE",
                    "2026-03-10", NetworkTier.IN_NETWORK, "70.00"))).visitsUsed()).isEqualTo(1);
        }
    }

    @Test
    void an_unknown_provider_type_is_a_422_naming_its_place_in_the_list_and_nothing_is_stored() {
        Map<String, Object> plan = ptOnlyBody();
        plan.put("coveredProviderTypes", List.of(PHYSICAL_THERAPIST, "225700000Z"));

        api.http().put().uri("/plans/TYPES-BAD").contentType(MediaType.APPLICATION_JSON).bodyValue(plan)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("coveredProviderTypes[1]")
                .jsonPath("$.errors[0].rule").isEqualTo("NuccTaxonomy");
        api.http().get().uri("/plans/TYPES-BAD").exchange().expectStatus().isNotFound();
        assertThat(count("select count(*) from plan_version where plan_id = 'TYPES-BAD'")).isZero();
    }

    private static Map<String, Object> ptOnlyBody() {
        Map<String, Object> plan = goldPpoBody(20);
        plan.put("coveredProviderTypes", List.of(ORTHOPEDIC_PT, PHYSICAL_THERAPIST));
        return plan;
    }
}
