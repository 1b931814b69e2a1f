package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.Npi;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 items 7 and 8 over HTTP: the member's explanation of benefits (JSON and printable HTML) and the provider's
 * 835-shaped remittance of a claim and of a day, with the RULEBOOK §5.3 contract rates so the amounts are Example 1's.
 */
class ExplanationAndRemittanceIntegrationTest extends ClaimsServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void a_paid_claim_explains_example_1_to_its_member_as_json() {
        String npi = contractedProvider();
        String member = member();
        String claimId = paidAsExample1(member, npi);

        JsonNode eob = getJson("/claims/" + claimId + "/eob", Tokens.asMember(member));

        assertThat(eob.get("status").asString()).isEqualTo("PAID");
        assertThat(eob.get("dateOfService").asString()).isEqualTo(DOS.toString());
        assertThat(eob.get("provider").get("name").asString()).isEqualTo("Calm Hands Massage");
        assertThat(eob.get("provider").get("npi").asString()).isEqualTo(npi);
        JsonNode totals = eob.get("totals");
        assertThat(List.of("billed", "planDiscount", "planPaid", "appliedToDeductible", "copay", "coinsurance",
                "youOwe").stream().map(field -> totals.get(field).decimalValue()).toList())
                .containsExactly(money("180.00"), money("78.00"), money("41.60"), money("50.00"), money("0.00"),
                        money("10.40"), money("60.40"));
        assertThat(eob.get("services").get(0).get("description").asString())
                .isEqualTo("Massage therapy, 15-minute units");
        assertThat(eob.get("services").get(1).get("description").asString()).startsWith("Manual therapy");
        assertThat(codes(eob)).containsExactly("CO-45", "PR-1", "PR-2");
        assertThat(eob.get("nextSteps")).isEmpty();
        // its provider and the payer's staff read it too
        getJson("/claims/" + claimId + "/eob", Tokens.asProvider(npi));
        getJson("/claims/" + claimId + "/eob", Tokens.as(Role.ADMIN));
    }

    @Test
    void a_paid_claim_prints_as_an_html_page_under_the_content_security_policy() {
        String npi = contractedProvider();
        String member = member();
        String claimId = paidAsExample1(member, npi);

        var result = http().get().uri("/claims/{id}/eob", claimId).headers(Tokens.asMember(member))
                .accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueMatches("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'.*")
                .expectBody(String.class).returnResult();

        assertThat(result.getResponseBody()).startsWith("<!DOCTYPE html>").contains("Massage therapy, 15-minute units",
                "You owe: <strong>$60.40</strong>", "$41.60", "Calm Hands Massage").doesNotContain("<script");
    }

    @Test
    void a_denied_claim_explains_the_denial_and_what_to_do_next_and_the_member_owes_nothing() {
        String member = member();
        String claimId = api.submit(ClaimsApi.commonVisit(member, NPI, DOS));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitNotAuthorized(claimId, member, "A123", DOS, "197", "M62", "no authorization on file"));
        kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        JsonNode eob = getJson("/claims/" + claimId + "/eob", Tokens.asMember(member));

        assertThat(eob.get("status").asString()).isEqualTo("DENIED");
        assertThat(eob.get("totals").get("youOwe").decimalValue()).isEqualTo("0.00");
        assertThat(eob.get("totals").get("notBillableToYou").decimalValue()).isEqualTo("180.00");
        assertThat(codes(eob)).containsExactly("CO-197", "M62");
        assertThat(eob.get("codes").get(0).get("explanation").asString()).contains("prior authorization");
        assertThat(eob.get("denialReason").asString()).isEqualTo("CO-197: no authorization on file");
        List<String> nextSteps = new ArrayList<>();
        eob.get("nextSteps").forEach(step -> nextSteps.add(step.asString()));
        assertThat(nextSteps).hasSize(2);
        assertThat(nextSteps.get(0)).contains("request or correct the prior authorization");
        assertThat(nextSteps.get(1)).contains("appeal within 180 days");

        JsonNode remittance = getJson("/claims/" + claimId + "/remittance", Tokens.asProvider(NPI));
        assertThat(remittance.get("clp").get("statusCode").asInt()).isEqualTo(4);
        assertBalanced(remittance);
    }

    @Test
    void a_claim_not_decided_yet_has_a_409_instead_of_half_an_explanation_or_remittance() {
        String member = member();
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));

        for (String path : List.of("/eob", "/remittance")) {
            http().get().uri("/claims/" + claimId + path).headers(Tokens.as(Role.ADMIN)).exchange()
                    .expectStatus().isEqualTo(409)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.title").isEqualTo("Claim not decided yet")
                    .jsonPath("$.errors[0].field").isEqualTo("status");
        }
    }

    @Test
    void hides_an_eob_from_another_member_and_a_remittance_from_another_provider_as_not_found() {
        String npi = contractedProvider();
        String owner = member();
        String claimId = paidAsExample1(owner, npi);

        http().get().uri("/claims/{id}/eob", claimId).headers(Tokens.asMember(member())).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("claim " + claimId + " does not exist");
        http().get().uri("/claims/{id}/eob", claimId).headers(Tokens.asProvider(NPI)).exchange()
                .expectStatus().isNotFound();
        // the printable page too, answered as a problem rather than a page
        http().get().uri("/claims/{id}/eob", claimId).headers(Tokens.asMember(member())).accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http().get().uri("/claims/{id}/remittance", claimId).headers(Tokens.asProvider(NPI)).exchange()
                .expectStatus().isNotFound();
        // a member reads the explanation, not the provider's remittance
        http().get().uri("/claims/{id}/remittance", claimId).headers(Tokens.asMember(owner)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void the_remittance_of_example_1_is_835_shaped_and_balances_per_line_and_per_claim() {
        String npi = contractedProvider();
        String claimId = paidAsExample1(member(), npi);

        JsonNode remittance = getJson("/claims/" + claimId + "/remittance", Tokens.asProvider(npi));

        JsonNode clp = remittance.get("clp");
        assertThat(clp.get("patientControlNumber").asString()).isEqualTo(claimId);
        assertThat(clp.get("statusCode").asInt()).isEqualTo(1);
        assertThat(List.of(clp.get("charge").decimalValue(), clp.get("payment").decimalValue(),
                clp.get("patientResponsibility").decimalValue()))
                .containsExactly(money("180.00"), money("41.60"), money("60.40"));
        JsonNode first = remittance.get("services").get(0);
        assertThat(first.get("svc").get("procedure").asString()).isEqualTo("HC:97124:GP");
        assertThat(first.get("svc").get("units").asInt()).isEqualTo(2);
        assertThat(first.get("svc").get("paid").decimalValue()).isEqualTo("16.00");
        assertThat(first.get("amt").get(0).get("qualifier").asString()).isEqualTo("B6");
        assertThat(first.get("amt").get(0).get("amount").decimalValue()).isEqualTo("70.00");
        assertThat(remittance.get("services").get(1).get("svc").get("procedure").asString())
                .isEqualTo("HC:97140:GP:59");
        assertBalanced(remittance);
        assertThat(getJson("/claims/" + claimId + "/remittance", Tokens.as(Role.ADMIN))).isEqualTo(remittance);
    }

    @Test
    void lists_a_providers_day_with_its_totals_to_that_provider_and_the_admin() {
        String npi = contractedProvider();
        List<String> claimIds = List.of(paidAsExample1(member(), npi), paidAsExample1(member(), npi));
        Map<String, List<JsonNode>> byDay = new LinkedHashMap<>();
        for (String claimId : claimIds) {
            JsonNode remittance = getJson("/claims/" + claimId + "/remittance", Tokens.asProvider(npi));
            byDay.computeIfAbsent(remittance.get("paidOn").asString(), day -> new ArrayList<>()).add(remittance);
        }

        // two claims decided seconds apart: one day, or two when they straddle midnight UTC
        byDay.forEach((day, expected) -> {
            JsonNode listing = getJson("/remittances?providerNpi=" + npi + "&paidOn=" + day, Tokens.asProvider(npi));
            assertThat(listing.get("providerNpi").asString()).isEqualTo(npi);
            assertThat(listing.get("paidOn").asString()).isEqualTo(day);
            assertThat(listing.get("claims")).containsExactlyElementsOf(expected);
            JsonNode totals = listing.get("totals");
            assertThat(totals.get("claimPayments").asInt()).isEqualTo(expected.size());
            assertThat(totals.get("payment").decimalValue())
                    .isEqualTo(money("41.60").multiply(BigDecimal.valueOf(expected.size())));
            assertThat(totals.get("charge").decimalValue())
                    .isEqualTo(money("180.00").multiply(BigDecimal.valueOf(expected.size())));
            assertThat(totals.get("patientResponsibility").decimalValue())
                    .isEqualTo(money("60.40").multiply(BigDecimal.valueOf(expected.size())));
            listing.get("claims").forEach(ExplanationAndRemittanceIntegrationTest::assertBalanced);
            assertThat(getJson("/remittances?providerNpi=" + npi + "&paidOn=" + day, Tokens.as(Role.ADMIN)))
                    .isEqualTo(listing);
        });
        JsonNode dayBefore = getJson("/remittances?providerNpi=" + npi + "&paidOn=2026-01-01", Tokens.asProvider(npi));
        assertThat(dayBefore.get("claims")).isEmpty();
        assertThat(dayBefore.get("totals").get("payment").decimalValue()).isEqualTo("0.00");
    }

    @Test
    void refuses_another_providers_day_with_403() {
        String npi = contractedProvider();

        http().get().uri("/remittances?providerNpi={npi}&paidOn=2026-03-12", npi).headers(Tokens.asProvider(NPI))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refuses_a_day_query_with_missing_or_bad_parameters_with_400_naming_each_field() {
        assertBadRequest("/remittances", "providerNpi", "paidOn");
        assertBadRequest("/remittances?providerNpi=" + NPI + "&paidOn=12/03/2026", "paidOn");
        assertBadRequest("/remittances?providerNpi=1234567890&paidOn=2026-03-12", "providerNpi");
    }

    private void assertBadRequest(String uri, String... fields) {
        JsonNode problem = JSON.readTree(http().get().uri(uri).headers(Tokens.asProvider(NPI)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(ClaimsApi.fields(problem)).containsExactlyInAnyOrder(fields);
    }

    /** A provider of its own at the RULEBOOK §5.3 contract rates, so a day's listing holds only this test's claims. */
    private String contractedProvider() {
        String firstNine = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String npi = firstNine + Npi.checkDigit(firstNine);
        api.registerProvider(npi, "IN_NETWORK", Map.of("97124", "35.00", "97140", "32.00"));
        return npi;
    }

    /** FMT-01 on the JSON as served: SVC02 − Σ CAS = SVC03 per line, CLP03 − Σ CAS = CLP04, CLP05 = Σ PR. */
    static void assertBalanced(JsonNode remittance) {
        BigDecimal allCas = BigDecimal.ZERO;
        BigDecimal patient = BigDecimal.ZERO;
        for (JsonNode service : remittance.get("services")) {
            BigDecimal lineCas = BigDecimal.ZERO;
            for (JsonNode cas : service.get("cas")) {
                lineCas = lineCas.add(cas.get("amount").decimalValue());
                if (cas.get("group").asString().equals("PR")) {
                    patient = patient.add(cas.get("amount").decimalValue());
                }
            }
            assertThat(service.get("svc").get("charge").decimalValue().subtract(lineCas))
                    .isEqualByComparingTo(service.get("svc").get("paid").decimalValue());
            allCas = allCas.add(lineCas);
        }
        JsonNode clp = remittance.get("clp");
        assertThat(clp.get("charge").decimalValue().subtract(allCas)).isEqualByComparingTo(clp.get("payment").decimalValue());
        assertThat(clp.get("patientResponsibility").decimalValue()).isEqualByComparingTo(patient);
    }

    private static List<String> codes(JsonNode eob) {
        List<String> codes = new ArrayList<>();
        eob.get("codes").forEach(code -> codes.add(code.get("code").asString()));
        return codes;
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
