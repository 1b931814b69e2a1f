package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.PricedLine;
import org.medmassage.events.claim.SessionBilled;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Claim frequency codes (837P CLM05-3, decision 0056): 7 voids the prior claim through the CS-07 void and adjudicates
 * the replacement as a new claim, which is no OA-18 duplicate of the claim it replaces; 8 voids the prior claim and
 * adjudicates nothing. Either names a decided, standing claim of the same member and provider, or is a 422.
 */
class ClaimFrequencyIntegrationTest extends ClaimsServiceTest {

    private static final String OTHER_NPI = "1245319599";

    @Test
    void a_replacement_with_another_amount_voids_the_original_and_is_adjudicated_as_a_new_claim() {
        String member = member();
        String original = paidClaim(member, ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));
        // the session was 45 minutes: 3 units, $180.00 charged, $120.00 allowed
        Map<String, Object> replacement = frequency(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 45, "180.00"),
                "7", original);

        ClaimsApi.Answer answer = api.post(replacement, null);

        String replacementId = answer.claimId();
        assertThat(answer.body().get("status").asString()).isEqualTo("RECEIVED");
        JsonNode voided = api.claim(original);
        assertThat(voided.get("status").asString()).isEqualTo("VOIDED");
        assertThat(voided.get("voidReason").asString())
                .isEqualTo("replaced by claim " + replacementId + " (frequency 7)");
        assertThat(voided.get("replacedBy").asString()).isEqualTo(replacementId);
        assertThat(kafka.await(ClaimVoided.class, event -> event.claimId().equals(original)))
                .isEqualTo(new ClaimVoided(original, member, DOS, "replaced by claim " + replacementId
                        + " (frequency 7)"));

        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(replacementId)).procedureCodes())
                .containsExactly("97124");
        kafka.publish(new VisitAuthorized(replacementId, member, "auth-1", "A123", DOS, 1, 11));
        assertThat(kafka.await(CostShareRequested.class, event -> event.claimId().equals(replacementId)).lines())
                .containsExactly(new PricedLine(1, "97124", 3, money("180.00"), money("120.00")));
        kafka.publish(new CostShareApplied(replacementId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("120.00"), money("120.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("120.00"))),
                money("380.00"), money("2880.00"), 1, 20));
        assertThat(kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(replacementId)).status())
                .isEqualTo("PAID");

        JsonNode replaced = api.claim(replacementId);
        assertThat(replaced.get("frequencyCode").asString()).isEqualTo("7");
        assertThat(replaced.get("replacesClaimId").asString()).isEqualTo(original);
        assertThat(replaced.get("totalCharge").decimalValue()).isEqualByComparingTo("180.00");
        assertThat(replaced.get("lines").get(0).get("adjustments").toString()).doesNotContain("\"18\"");
        ClaimsApi.assertBalanced(replaced);
        assertThat(publishedSoFar(ClaimVoided.class, event -> event.claimId().equals(original))).hasSize(1);
    }

    @Test
    void a_void_of_frequency_8_voids_the_original_answering_200_with_it_and_adjudicates_nothing_new() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        String original = paidClaim(member, claim);

        ClaimsApi.Answer answer = api.post(frequency(claim, "8", original), "void-" + original);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("claimId").asString()).isEqualTo(original);
        assertThat(answer.body().get("status").asString()).isEqualTo("VOIDED");
        JsonNode voided = api.claim(original);
        assertThat(voided.get("voidReason").asString()).isEqualTo("voided by the provider (frequency 8)");
        assertThat(voided.get("replacedBy").isNull()).isTrue();
        assertThat(kafka.await(ClaimVoided.class, event -> event.claimId().equals(original)).reason())
                .isEqualTo("voided by the provider (frequency 8)");

        ClaimsApi.Answer retried = api.post(frequency(claim, "8", original), "void-" + original);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.body().get("claimId").asString()).isEqualTo(original);
        assertThat(publishedSoFar(ClaimVoided.class, event -> event.claimId().equals(original))).hasSize(1);
        assertThat(publishedSoFar(SessionBilled.class, event -> event.memberId().equals(member)))
                .extracting(SessionBilled::claimId).containsExactly(original);
        assertThat(api.remittance(original).get("clp").get("statusCode").asInt()).isEqualTo(22);
    }

    @Test
    void refuses_with_422_naming_originalClaimId_a_prior_claim_that_cannot_be_replaced_or_voided() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        String inSaga = api.submit(claim);
        kafka.await(SessionBilled.class, event -> event.claimId().equals(inSaga));
        api.registerProvider(OTHER_NPI, "IN_NETWORK", Map.of("97124", "40.00"));
        String othersClaim = api.submit(ClaimsApi.claim(member, "A123", OTHER_NPI, DOS.minusDays(1), "97124", 30,
                "120.00"));
        String anotherMembers = api.submit(ClaimsApi.claim(member(), "A123", NPI, DOS, "97124", 30, "120.00"));

        assertRefused(frequency(claim, "7", null), "needs originalClaimId");
        assertRefused(frequency(claim, "8", null), "needs originalClaimId");
        assertRefused(frequency(claim, "7", UUID.randomUUID().toString()), "billed by NPI " + NPI);
        assertRefused(frequency(claim, "8", "not-a-claim-id"), "no claim not-a-claim-id");
        assertRefused(frequency(claim, "7", othersClaim), "no claim " + othersClaim);
        assertRefused(frequency(claim, "8", anotherMembers), "no claim " + anotherMembers);
        assertRefused(frequency(claim, "7", inSaga), "still being adjudicated (RECEIVED)");
        assertRefused(frequency(claim, "1", inSaga), "an original claim (frequencyCode 1) names no originalClaimId");

        assertThat(api.claim(inSaga).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(publishedSoFar(ClaimVoided.class, event -> event.memberId().equals(member))).isEmpty();
    }

    @Test
    void refuses_with_422_to_replace_or_void_a_claim_voided_already() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        String original = paidClaim(member, claim);
        String replacement = api.post(frequency(claim, "7", original), null).claimId();

        JsonNode problem = api.rejected(frequency(claim, "8", original), HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(ClaimsApi.fields(problem)).containsExactly("originalClaimId");
        assertThat(problem.toString()).contains("is voided already (replaced by claim " + replacement + ")");
        assertThat(api.claim(replacement).get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void keeps_the_837P_references_and_shows_them_in_the_claim_and_its_remittance() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        claim.put("patientControlNumber", "PCN-2026-0310-01");
        claim.put("billingProviderNpi", OTHER_NPI);
        claim.put("referralNumber", "REF-20260302-0001");
        lineDated(claim, DOS.toString());

        String claimId = paidClaim(member, claim);

        JsonNode stored = api.claim(claimId);
        assertThat(stored.get("patientControlNumber").asString()).isEqualTo("PCN-2026-0310-01");
        assertThat(stored.get("billingProviderNpi").asString()).isEqualTo(OTHER_NPI);
        assertThat(stored.get("renderingProviderNpi").asString()).isEqualTo(NPI);
        assertThat(stored.get("referralNumber").asString()).isEqualTo("REF-20260302-0001");
        assertThat(stored.get("frequencyCode").asString()).isEqualTo("1");
        assertThat(stored.get("lines").get(0).get("dateOfService").asString()).isEqualTo(DOS.toString());
        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId)).referralNumber())
                .isEqualTo("REF-20260302-0001");
        JsonNode remittance = api.remittance(claimId);
        assertThat(remittance.get("clp").get("patientControlNumber").asString()).isEqualTo("PCN-2026-0310-01");
        assertThat(remittance.get("clp").get("payerClaimControlNumber").asString()).isEqualTo(claimId);
        assertThat(remittance.get("payeeNpi").asString()).isEqualTo(OTHER_NPI);
        assertThat(remittance.get("services").get(0).get("serviceDate").asString()).isEqualTo(DOS.toString());
    }

    @Test
    void without_references_the_billing_provider_is_the_rendering_one_and_CLP01_the_claim_id() {
        String member = member();
        String claimId = paidClaim(member, ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));

        JsonNode stored = api.claim(claimId);
        JsonNode remittance = api.remittance(claimId);

        assertThat(stored.get("billingProviderNpi").asString()).isEqualTo(NPI);
        assertThat(stored.get("patientControlNumber").isNull()).isTrue();
        assertThat(stored.get("referralNumber").isNull()).isTrue();
        assertThat(remittance.get("clp").get("patientControlNumber").asString()).isEqualTo(claimId);
        assertThat(remittance.get("payeeNpi").asString()).isEqualTo(NPI);
    }

    @Test
    void refuses_a_line_of_another_date_with_422_and_malformed_references_with_400_naming_the_fields() {
        Map<String, Object> otherDate = ClaimsApi.claim(member(), "A123", NPI, DOS, "97124", 30, "120.00");
        lineDated(otherDate, DOS.minusDays(1).toString());
        JsonNode problem = api.rejected(otherDate, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(ClaimsApi.fields(problem)).containsExactly("lines[0].dateOfService");
        assertThat(problem.toString()).contains("one claim per date of service: bill other dates on their own claim");

        Map<String, Object> malformed = ClaimsApi.claim(member(), "A123", NPI, DOS, "97124", 30, "120.00");
        malformed.put("patientControlNumber", "P".repeat(39));
        malformed.put("frequencyCode", "5");
        assertThat(ClaimsApi.fields(api.rejected(malformed, HttpStatus.BAD_REQUEST)))
                .containsExactlyInAnyOrder("patientControlNumber", "frequencyCode");

        Map<String, Object> badBilling = ClaimsApi.claim(member(), "A123", NPI, DOS, "97124", 30, "120.00");
        badBilling.put("billingProviderNpi", "1245319598");
        assertThat(ClaimsApi.fields(api.rejected(badBilling, HttpStatus.UNPROCESSABLE_CONTENT)))
                .containsExactly("billingProviderNpi");
    }

    private void assertRefused(Map<String, Object> claim, String message) {
        JsonNode problem = api.rejected(claim, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(ClaimsApi.fields(problem)).as(message).containsExactly("originalClaimId");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("CLM05-3");
        assertThat(problem.toString()).contains(message);
    }

    private static Map<String, Object> frequency(Map<String, Object> claim, String code, String originalClaimId) {
        Map<String, Object> sent = new HashMap<>(claim);
        sent.put("frequencyCode", code);
        sent.put("originalClaimId", originalClaimId);
        return sent;
    }

    @SuppressWarnings("unchecked")
    private static void lineDated(Map<String, Object> claim, String date) {
        ((List<Map<String, Object>>) claim.get("lines")).get(0).put("dateOfService", date);
    }

    /** Submitted, authorized and cost-shared: 97124 ×2, $120.00 charged, $80.00 allowed, all to the deductible. */
    private String paidClaim(String member, Map<String, Object> claim) {
        String claimId = api.submit(claim);
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("80.00"), money("80.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("80.00"))),
                money("420.00"), money("2920.00"), 1, 20));
        assertThat(kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId)).status())
                .isEqualTo("PAID");
        return claimId;
    }
}
