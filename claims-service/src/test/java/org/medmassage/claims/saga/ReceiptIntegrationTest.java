package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.Npi;
import org.medmassage.events.EventCodec;
import org.medmassage.events.Topics;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.benefit.MemberRegistered;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.events.referral.MedicalNecessityLetterIssued;
import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 item 6 over HTTP, Kafka and PostgreSQL (ALT-01, ALT-02, decision 0071): the member's name from
 * MemberRegistered and the letters from MedicalNecessityLetterIssued / ReferralRevoked, the receipt of a paid claim
 * (RULEBOOK §5.3 Example 1) as JSON and printable HTML, eligible or not, and the 409 of a claim that was not paid.
 */
class ReceiptIntegrationTest extends ClaimsServiceTest {

    private static final LocalDate LETTER_ISSUED = LocalDate.of(2026, 3, 2);
    private static final LocalDate LETTER_VALID_TO = LocalDate.of(2027, 3, 1);

    @Test
    void a_paid_claim_with_a_letter_valid_on_its_date_gives_an_eligible_receipt_with_every_field() {
        String npi = credentialedProvider();
        String member = member();
        String claimId = paidWithLetter(member, "Doe", npi);

        JsonNode receipt = getJson("/claims/" + claimId + "/receipt", Tokens.asMember(member));

        assertThat(receipt.get("claimId").asString()).isEqualTo(claimId);
        assertThat(receipt.get("dateOfService").asString()).isEqualTo(DOS.toString());
        assertThat(receipt.get("paidBy").asString()).isEqualTo("HEALTH_PLAN");
        assertThat(receipt.get("patient").get("name").asString()).isEqualTo("Jane Doe");
        assertThat(receipt.get("patient").get("dateOfBirth").asString()).isEqualTo("1980-05-17");
        JsonNode provider = receipt.get("provider");
        assertThat(List.of(provider.get("name").asString(), provider.get("npi").asString(),
                provider.get("taxId").asString(), provider.get("practiceAddress").get("line1").asString(),
                provider.get("licence").get("number").asString()))
                .containsExactly("Calm Hands Massage", npi, "12-3456789", "12 Elm Street", "227.004242");
        List<String> services = new ArrayList<>();
        receipt.get("services").forEach(service -> services.add(service.get("procedureCode").asString() + " "
                + service.get("description").asString() + " ×" + service.get("units").asInt() + " "
                + service.get("charge").decimalValue() + " " + service.get("paidByPlan").decimalValue() + " "
                + service.get("patientOwes").decimalValue()));
        assertThat(services).containsExactly("97124 Therapeutic massage ×2 120.00 16.00 54.00",
                "97140 Manual therapy ×1 60.00 25.60 6.40");
        assertThat(receipt.get("diagnoses").get(0).get("code").asString()).isEqualTo("M54.50");
        assertThat(receipt.get("diagnoses").get(0).get("title").asString()).isEqualTo("Low back pain, unspecified");
        JsonNode amounts = receipt.get("amounts");
        assertThat(List.of("charged", "paidByPlan", "notOwed", "patientOwes").stream()
                .map(field -> amounts.get(field).decimalValue()).toList())
                .containsExactly(money("180.00"), money("41.60"), money("78.00"), money("60.40"));
        JsonNode hsaFsa = receipt.get("hsaFsa");
        assertThat(hsaFsa.get("eligible").asBoolean()).isTrue();
        assertThat(hsaFsa.get("eligibleAmount").decimalValue()).isEqualTo(money("60.40"));
        assertThat(hsaFsa.get("letter").get("letterId").asString()).isEqualTo("LMN-" + member);
        assertThat(hsaFsa.get("letter").get("issuedOn").asString()).isEqualTo(LETTER_ISSUED.toString());
        assertThat(receipt.get("notOnFile")).isEmpty();
        // its provider and the payer's staff read it too
        getJson("/claims/" + claimId + "/receipt", Tokens.asProvider(npi));
        getJson("/claims/" + claimId + "/receipt", Tokens.as(Role.ADMIN));
    }

    @Test
    void the_receipt_prints_as_an_html_page_under_the_content_security_policy() {
        String member = member();
        String claimId = paidWithLetter(member, "O'Doe <Jr>", credentialedProvider());

        String html = http().get().uri("/claims/{id}/receipt", claimId).headers(Tokens.asMember(member))
                .accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueMatches("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'.*")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<strong>HSA/FSA-eligible</strong>",
                "Jane O&#39;Doe &lt;Jr&gt;", "CPT 97124-GP Therapeutic massage", "Tax id 12-3456789",
                "Amount the patient owes: <strong>$60.40</strong>", "LMN-" + member)
                .doesNotContain("<script", "<Jr>", "src=", "href=");
    }

    @Test
    void without_a_letter_the_receipt_is_not_eligible_says_how_to_get_one_and_a_name_not_yet_known() {
        String npi = credentialedProvider();
        String member = member();
        String claimId = paidAsExample1(member, npi);
        eventsHandled();

        JsonNode receipt = getJson("/claims/" + claimId + "/receipt", Tokens.asMember(member));

        JsonNode hsaFsa = receipt.get("hsaFsa");
        assertThat(hsaFsa.get("eligible").asBoolean()).isFalse();
        assertThat(hsaFsa.get("eligibleAmount").decimalValue()).isEqualTo(money("0.00"));
        assertThat(hsaFsa.get("statement").asString()).contains("no letter of medical necessity is on file");
        assertThat(hsaFsa.get("howToGetOne").asString()).contains("Ask the prescriber",
                "/letter-of-medical-necessity");
        assertThat(receipt.get("patient").get("name").asString()).isEqualTo("name not on file");
        assertThat(receipt.get("notOnFile").toString()).contains("patient.name", "patient.dateOfBirth");
        assertThat(receipt.get("amounts").get("patientOwes").decimalValue()).isEqualTo(money("60.40"));

        String html = http().get().uri("/claims/{id}/receipt", claimId).headers(Tokens.asMember(member))
                .accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("<strong>Not HSA/FSA-eligible</strong>", "How to make it HSA/FSA-eligible",
                "name not on file");
    }

    @Test
    void a_letter_whose_referral_was_revoked_before_the_date_of_service_makes_no_receipt_eligible() {
        String npi = credentialedProvider();
        String member = member();
        kafka.publish(new MedicalNecessityLetterIssued("LMN-" + member, "REF-" + member, member, List.of("M54.50"),
                LETTER_ISSUED, LETTER_VALID_TO));
        // revoked on 2026-03-05, before the session of 2026-03-10 (the event's day is the day of revocation)
        kafka.publish(new EventCodec().wrap(new ReferralRevoked("REF-" + member, member, "Withdrawn by the prescriber."),
                null, Instant.parse("2026-03-05T10:00:00Z")));
        String claimId = paidAsExample1(member, npi);
        eventsHandled();

        JsonNode hsaFsa = getJson("/claims/" + claimId + "/receipt", Tokens.asMember(member)).get("hsaFsa");

        assertThat(hsaFsa.get("eligible").asBoolean()).isFalse();
        assertThat(hsaFsa.get("statement").asString()).contains("LMN-" + member,
                "its referral was revoked on 2026-03-05", "Withdrawn by the prescriber.");
        assertThat(hsaFsa.get("letter").get("referralRevokedOn").asString()).isEqualTo("2026-03-05");
    }

    @Test
    void a_claim_that_was_not_paid_has_no_receipt_but_a_409_naming_its_status() {
        String member = member();
        String inProcess = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));
        String deniedMember = member();
        String denied = api.submit(ClaimsApi.commonVisit(deniedMember, NPI, DOS));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(denied));
        kafka.publish(new VisitNotAuthorized(denied, deniedMember, "A123", DOS, "197", "M62",
                "no authorization on file"));
        kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(denied));

        assertConflict(denied, "DENIED");
        assertConflict(inProcess, "RECEIVED");
    }

    @Test
    void hides_a_receipt_from_another_member_and_another_provider_as_not_found() {
        String npi = credentialedProvider();
        String claimId = paidAsExample1(member(), npi);

        http().get().uri("/claims/{id}/receipt", claimId).headers(Tokens.asMember(member())).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("claim " + claimId + " does not exist");
        http().get().uri("/claims/{id}/receipt", claimId).headers(Tokens.asProvider(NPI))
                .accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertConflict(String claimId, String status) {
        http().get().uri("/claims/{id}/receipt", claimId).headers(Tokens.as(Role.ADMIN)).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("No receipt for this claim")
                .jsonPath("$.errors[0].field").isEqualTo("status")
                .jsonPath("$.errors[0].rule").isEqualTo("ALT-02")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("claim " + claimId + " is " + status));
    }

    /** Jane {@code lastName}, born 1980-05-17, with a letter from 2026-03-02 to 2027-03-01, paid as Example 1. */
    private String paidWithLetter(String member, String lastName, String npi) {
        kafka.publish(new MemberRegistered(member, "Jane", lastName, LocalDate.of(1980, 5, 17)));
        kafka.publish(new MedicalNecessityLetterIssued("LMN-" + member, "REF-" + member, member, List.of("M54.50"),
                LETTER_ISSUED, LETTER_VALID_TO));
        String claimId = paidAsExample1(member, npi);
        eventsHandled();
        return claimId;
    }

    // what claims-service learnt from benefit.events and referral.events is committed before the receipt is read
    private void eventsHandled() {
        kafka.awaitConsumed("claims-service", Topics.BENEFIT);
        kafka.awaitConsumed("claims-service", Topics.REFERRAL);
    }

    /** A provider of its own at the RULEBOOK §5.3 contract rates with an address, a tax id and licences. */
    private String credentialedProvider() {
        String firstNine = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String npi = firstNine + Npi.checkDigit(firstNine);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Calm Hands Massage");
        body.put("network", "IN_NETWORK");
        body.put("rates", Map.of("97124", new BigDecimal("35.00"), "97140", new BigDecimal("32.00")));
        body.put("taxonomyCodes", List.of("225700000X"));
        body.put("practiceAddress", Map.of("line1", "12 Elm Street", "city", "Springfield", "state", "IL",
                "postalCode", "62701"));
        body.put("licences", List.of(licence("227.000111", "2020-01-01", "2025-12-31"),
                licence("227.004242", "2026-01-01", null)));
        body.put("credentialing", List.of(Map.of("status", "CREDENTIALED", "effectiveFrom", "2025-01-01")));
        body.put("taxId", "12-3456789");
        http().put().uri("/providers/{npi}", npi).headers(Tokens.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk();
        return npi;
    }

    private static Map<String, Object> licence(String number, String validFrom, String validTo) {
        Map<String, Object> licence = new LinkedHashMap<>();
        licence.put("type", "LMT");
        licence.put("number", number);
        licence.put("state", "IL");
        licence.put("validFrom", validFrom);
        licence.put("validTo", validTo);
        return licence;
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
