package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19 items 1, 3 and 5 (decision 0060): a rendering provider's licence and credentialing judged on the date of
 * service at intake. A provider who cannot be paid has the claim DENIED CO-185 at once, announced only as
 * ClaimAdjudicated: no SessionBilled (no authorized visit used), no CostShareRequested (nothing posted).
 */
class ProviderCredentialsIntegrationTest extends ClaimsServiceTest {

    private static final String LAPSING_NPI = "1928374655";
    private static final String TERMINATED_NPI = "1928374663";
    private static final String REFUSED_NPI = "1928374671";
    private static final String CASH_NPI = "1928374689";
    private static final LocalDate LICENCE_LAST_DAY = DOS.minusDays(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_claim_on_the_day_after_the_licence_lapsed_is_denied_CO_185_N95_at_intake() {
        register(LAPSING_NPI, LICENCE_LAST_DAY, List.of(credentialing("CREDENTIALED", "2025-01-01")));
        String member = member();

        ClaimsApi.Answer answer = api.post(ClaimsApi.claim(member, "A123", LAPSING_NPI, DOS, "97124", 30, "120.00"),
                null);

        String claimId = answer.claimId();
        assertThat(answer.body().get("status").asString()).isEqualTo("DENIED");
        ClaimAdjudicated denied = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));
        assertThat(denied).isEqualTo(new ClaimAdjudicated(claimId, member, DOS, "DENIED", money("120.00"),
                money("0.00"), money("0.00"), money("0.00"), List.of(new AdjudicatedLine(1, "97124", 2,
                money("120.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"),
                money("0.00"), List.of(new Adjustment("CO", "185", money("120.00"))), List.of("N95")))));
        JsonNode stored = api.claim(claimId);
        assertThat(stored.get("denialReason").asString()).isEqualTo("CO-185: rendering provider " + LAPSING_NPI
                + " holds no licence valid on 2026-03-10 in WA, the state of service");
        ClaimsApi.assertBalanced(stored);
        assertThat(publishedSoFar(SessionBilled.class, event -> event.claimId().equals(claimId))).isEmpty();
        assertThat(publishedSoFar(CostShareRequested.class, event -> event.claimId().equals(claimId))).isEmpty();
    }

    @Test
    void a_claim_on_the_licence_s_last_day_goes_on_as_today_carrying_the_provider_s_primary_taxonomy() {
        register(LAPSING_NPI, LICENCE_LAST_DAY, List.of(credentialing("CREDENTIALED", "2025-01-01")));
        String member = member();

        String claimId = api.submit(ClaimsApi.claim(member, "A123", LAPSING_NPI, LICENCE_LAST_DAY, "97124", 30,
                "120.00"));

        SessionBilled billed = kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        assertThat(billed.renderingProviderTaxonomy()).isEqualTo("225700000X");
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", LICENCE_LAST_DAY, 1, 11));
        CostShareRequested requested = kafka.await(CostShareRequested.class,
                event -> event.claimId().equals(claimId));
        assertThat(requested.renderingProviderTaxonomy()).isEqualTo("225700000X");
        assertThat(requested.lines()).hasSize(1);
    }

    @Test
    void a_provider_terminated_before_the_DOS_is_denied_CO_185_N570_and_one_terminated_after_it_is_paid() {
        register(TERMINATED_NPI, null, List.of(credentialing("CREDENTIALED", "2025-01-01"),
                credentialing("TERMINATED", DOS.toString())));

        String deniedId = api.post(ClaimsApi.claim(member(), "A123", TERMINATED_NPI, DOS, "97124", 30, "120.00"),
                null).claimId();
        String billedId = api.submit(ClaimsApi.claim(member(), "A123", TERMINATED_NPI, DOS.minusDays(1), "97124", 30,
                "120.00"));

        JsonNode denied = api.claim(deniedId);
        assertThat(denied.get("status").asString()).isEqualTo("DENIED");
        assertThat(denied.get("denialReason").asString()).startsWith("CO-185: rendering provider " + TERMINATED_NPI
                + " is not credentialed with the plan on 2026-03-10: credentialing terminated from 2026-03-10");
        assertThat(denied.get("lines").get(0).get("remarkCodes").get(0).asString()).isEqualTo("N570");
        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(billedId)).procedureCodes())
                .containsExactly("97124");
        assertThat(publishedSoFar(SessionBilled.class, event -> event.claimId().equals(deniedId))).isEmpty();
    }

    @Test
    void refuses_bad_credentials_with_422_naming_each_field_and_stores_nothing() {
        Map<String, Object> body = provider(List.of("225700000X", "999999999X"), List.of(
                licence("WA", "2024-01-01", null), licence("WA", "2026-02-01", "2026-01-31"), licence("XX",
                        "2024-01-01", null)), List.of(credentialing("CREDENTIALED", "2025-01-01"),
                credentialing("TERMINATED", LocalDate.now().plusYears(2).toString())));

        JsonNode problem = JSON.readTree(http().put().uri("/providers/{npi}", REFUSED_NPI).headers(Tokens.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(ClaimsApi.fields(problem)).containsExactly("taxonomyCodes[1]", "licences[1].validTo",
                "licences[2].state", "credentialing[1].effectiveFrom");
        assertThat(problem.get("errors").get(1).get("rule").asString()).isEqualTo("LicencePeriod");
        http().get().uri("/providers/{npi}", REFUSED_NPI).headers(Tokens.as(Role.ADMIN)).exchange()
                .expectStatus().isNotFound();
        assertThat(rows("provider_licence", REFUSED_NPI) + rows("provider_taxonomy", REFUSED_NPI)
                + rows("provider_credentialing", REFUSED_NPI)).isZero();
    }

    @Test
    void returns_what_is_stored_to_the_admin_and_to_the_provider_itself_only() {
        register(LAPSING_NPI, LICENCE_LAST_DAY, List.of(credentialing("CREDENTIALED", "2025-01-01")));

        http().get().uri("/providers/{npi}", LAPSING_NPI).headers(Tokens.as(Role.ADMIN)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.taxonomyCodes[0]").isEqualTo("225700000X")
                .jsonPath("$.practiceAddress.state").isEqualTo("WA")
                .jsonPath("$.licences[1].validTo").isEqualTo(LICENCE_LAST_DAY.toString())
                .jsonPath("$.credentialing[0].status").isEqualTo("CREDENTIALED")
                .jsonPath("$.rates.97124").isEqualTo(40.00);
        http().get().uri("/providers/{npi}", LAPSING_NPI).headers(Tokens.asProvider(LAPSING_NPI)).exchange()
                .expectStatus().isOk();
        http().get().uri("/providers/{npi}", LAPSING_NPI).headers(Tokens.asProvider(TERMINATED_NPI)).exchange()
                .expectStatus().isForbidden();
        http().get().uri("/providers/{npi}", LAPSING_NPI).headers(Tokens.asMember(member())).exchange()
                .expectStatus().isForbidden();
        // a provider registered with an old body has no credentials on file
        http().get().uri("/providers/{npi}", NPI).headers(Tokens.as(Role.ADMIN)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.taxonomyCodes").isEmpty()
                .jsonPath("$.licences").isEmpty();
    }

    @Test
    void keeps_the_providers_tax_id_and_self_pay_cash_rates_and_refuses_bad_ones_with_400_naming_them() {
        Map<String, Object> body = provider(List.of("225700000X"), List.of(licence("WA", "2024-01-01", null)),
                List.of(credentialing("CREDENTIALED", "2025-01-01")));
        body.put("taxId", "123456789");
        body.put("cashRates", Map.of("97124", new BigDecimal("30.00"), "97140", new BigDecimal("28.50")));
        http().put().uri("/providers/{npi}", CASH_NPI).headers(Tokens.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk();

        http().get().uri("/providers/{npi}", CASH_NPI).headers(Tokens.as(Role.ADMIN)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.taxId").isEqualTo("12-3456789")
                .jsonPath("$.cashRates.97124").isEqualTo(30.00)
                .jsonPath("$.cashRates.97140").isEqualTo(28.50);

        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("taxId", "12-34567"),
                Map.entry("taxId", "AB-CDEFGHI"), Map.entry("cashRates", Map.of("97124", 0)),
                Map.entry("cashRates", Map.of("97124", new BigDecimal("30.001"))))) {
            Map<String, Object> refused = new LinkedHashMap<>(body);
            refused.put(bad.getKey(), bad.getValue());
            JsonNode problem = JSON.readTree(http().put().uri("/providers/{npi}", CASH_NPI)
                    .headers(Tokens.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON).bodyValue(refused)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectBody(String.class).returnResult().getResponseBody());
            assertThat(ClaimsApi.fields(problem)).singleElement().asString().startsWith(bad.getKey());
        }
        // what was stored stands
        http().get().uri("/providers/{npi}", CASH_NPI).headers(Tokens.as(Role.ADMIN)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.taxId").isEqualTo("12-3456789");
    }

    private void register(String npi, LocalDate licenceValidTo, List<Map<String, Object>> credentialing) {
        http().put().uri("/providers/{npi}", npi).headers(Tokens.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(provider(List.of("225700000X", "225100000X"), List.of(licence("OR", "2020-01-01", null),
                        licence("WA", "2024-01-01", licenceValidTo == null ? null : licenceValidTo.toString())),
                        credentialing))
                .exchange().expectStatus().isOk();
    }

    private static Map<String, Object> provider(List<String> taxonomies, List<Map<String, Object>> licences,
            List<Map<String, Object>> credentialing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Calm Hands Massage");
        body.put("network", "IN_NETWORK");
        body.put("rates", Map.of("97124", new BigDecimal("40.00"), "97140", new BigDecimal("38.00")));
        body.put("taxonomyCodes", taxonomies);
        body.put("practiceAddress", Map.of("line1", "1 Pine St", "city", "Seattle", "state", "WA",
                "postalCode", "98101"));
        body.put("licences", licences);
        body.put("credentialing", credentialing);
        return body;
    }

    private static Map<String, Object> licence(String state, String validFrom, String validTo) {
        Map<String, Object> licence = new LinkedHashMap<>();
        licence.put("type", "LMT");
        licence.put("number", "MA60123456");
        licence.put("state", state);
        licence.put("validFrom", validFrom);
        licence.put("validTo", validTo);
        return licence;
    }

    private static Map<String, Object> credentialing(String status, String effectiveFrom) {
        return Map.of("status", status, "effectiveFrom", effectiveFrom);
    }

    private long rows(String table, String npi) {
        return db.sql("select count(*) from " + table + " where npi = :npi").bind("npi", npi)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
