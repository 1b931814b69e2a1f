package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClaim;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClp;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertCommonVisitDeniedToTheProvider;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertInNetwork;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertLine;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertUntouched;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertVisits;
import static org.medmassage.systemtests.WorkedExampleFixture.CLINIC;
import static org.medmassage.systemtests.WorkedExampleFixture.COMMON_VISIT;
import static org.medmassage.systemtests.WorkedExampleFixture.line;
import static org.medmassage.systemtests.WorkedExampleFixture.OUT_OF_NETWORK_TERMS;
import static org.medmassage.systemtests.WorkedExampleFixture.standardPlan;
import static org.medmassage.systemtests.WorkedExampleFixture.tier;

import java.util.List;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 item 7, the pre-authorization desk end to end on the five services as separate processes (Examples 6b, 6c
 * and 6e run in {@link WorkedExamplesIT}): a request above the auto-approval ceiling (12 visits by default) pended for
 * review (A4), found in the reviewer's queue and decided by a reviewer (A1, A2; decision 0051), the visit billed under
 * it paid to the cent; and an authorization whose window has ended announced AuthExpired once by the clock
 * (decision 0062), a later date of service denied CO-15 N54. The referrals are written in the rulebook's 2026, so each
 * request received today is a retro request decided on its dates (decision 0065), and each approved window has ended:
 * the expiry sweep runs every 2 s here instead of every minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationDeskEndToEndIT {

    private static final String REFERRED_ON = "2026-02-01";
    private static final String DOS = "2026-03-10";
    /** The day after the 8-week window 2026-02-01…2026-03-28 of a referral written on {@link #REFERRED_ON}. */
    private static final String AFTER_THE_WINDOW = "2026-03-29";
    private static final List<String> MASSAGE = List.of("97124", "97140");
    private static final String JUSTIFIED = "16 sessions are justified by the prescriber's plan of care";

    private SystemUnderTest system;
    private WorkedExampleFixture payer;
    private AuthorizationDesk desk;

    @BeforeAll
    void startTheSystem() throws Exception {
        system = new SystemUnderTest().with("authorization-service", "AUTH_EXPIRY_SWEEP", "PT2S").start();
        payer = new WorkedExampleFixture(system);
        payer.registerProvidersAndFeeSchedule();
        desk = new AuthorizationDesk(system, payer);
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void sixteen_visits_wait_for_a_reviewer_A4_whose_approval_A1_pays_the_visit_and_tells_the_member() {
        // no deductible, so the plan's share shows: 20 % coinsurance of the 102.00 allowed
        payer.plan("DESK", "\"preAuthRequired\":true,\"visitLimit\":20,\"inNetwork\":"
                + tier("0.00", 20, "0.00", "3000.00") + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS);
        payer.cover("M-DESK", "DESK");
        JsonNode pended = pendedForReview("M-DESK");
        String id = pended.get("authorizationId").asText();

        assertThat(desk.pended()).as("the reviewer's queue")
                .anySatisfy(queued -> {
                    assertThat(queued.get("authorizationId").asText()).isEqualTo(id);
                    assertThat(queued.get("x12ActionCode").asText()).isEqualTo("A4");
                    assertThat(queued.get("requestedVisits").asInt()).isEqualTo(16);
                    assertThat(queued.get("breached").asBoolean()).isFalse();
                });
        assertThat(desk.awaitNotification("M-DESK", "AuthPended").get("title").asText()).isEqualTo("Approval pending");

        // a decision says why; refused whole, it leaves the request in the queue
        Api.Response withoutReason = desk.decide(id, "{\"outcome\":\"APPROVE\"}");
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("reason");
        assertThat(payer.authorization(CLINIC, id).get("status").asText()).isEqualTo("PENDED");

        JsonNode approved = desk.approve(id, JUSTIFIED).requireStatus(200);

        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("x12ActionCode").asText()).isEqualTo("A1");
        assertThat(approved.get("approvedVisits").asInt()).isEqualTo(16);
        assertThat(approved.get("validFrom").asText()).isEqualTo(REFERRED_ON);
        assertThat(approved.get("validTo").asText()).isEqualTo("2026-03-28");
        assertThat(approved.get("decidedBy").asText()).isEqualTo("reviewer:demo");
        assertThat(approved.get("reviewNote").asText()).isEqualTo(JUSTIFIED);
        assertThat(desk.pended()).extracting(queued -> queued.get("authorizationId").asText()).doesNotContain(id);
        Api.Response again = desk.approve(id, "approved twice");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("rule").asText()).isEqualTo("A4");

        String number = approved.get("authorizationNumber").asText();
        String claimId = payer.submit("M-DESK", CLINIC, number, DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, claimId);

        assertClaim(claim, "PAID", "102.00", "81.60", "20.40");
        assertLine(claim, 1, "70.00", "0.00", "0.00", "14.00", "56.00", "14.00", "CO-45 50.00", "PR-2 14.00");
        assertLine(claim, 2, "32.00", "0.00", "0.00", "6.40", "25.60", "6.40", "CO-45 28.00", "PR-2 6.40");
        assertClp(payer.remittance(CLINIC, claimId), "180.00", "81.60", "20.40");
        payer.awaitVisitsUsed(CLINIC, approved, 1);
        JsonNode after = payer.benefitsOf("M-DESK", DOS);
        assertInNetwork(after, "0.00", "2979.60");
        assertVisits(after, 1, 20);
        assertThat(desk.awaitNotification("M-DESK", "AuthApproved").get("message").asText())
                .contains("approved for 16 visits from 2026-02-01 to 2026-03-28", number);
    }

    @Test
    void a_reviewer_may_certify_part_of_a_pended_request_A2_and_the_member_is_told_why() {
        payer.plan("DESK-A2", standardPlan(true));
        payer.cover("M-DESK-A2", "DESK-A2");
        String id = pendedForReview("M-DESK-A2").get("authorizationId").asText();

        JsonNode partly = desk.approvePartly(id, 12, "12 sessions, then a progress report").requireStatus(200);

        assertThat(partly.get("status").asText()).isEqualTo("PARTIALLY_APPROVED");
        assertThat(partly.get("x12ActionCode").asText()).isEqualTo("A2");
        assertThat(partly.get("approvedVisits").asInt()).isEqualTo(12);
        assertThat(partly.get("visitsRemaining").asInt()).isEqualTo(12);
        assertThat(desk.awaitNotification("M-DESK-A2", "AuthPartiallyApproved").get("message").asText())
                .contains("12 of the 16 visits requested", "12 sessions, then a progress report");
    }

    @Test
    void a_window_that_has_ended_with_visits_left_is_announced_AuthExpired_once_and_a_later_visit_is_denied_CO_15_N54() {
        payer.plan("EXPIRY", standardPlan(true));
        payer.cover("M-EXPIRY", "EXPIRY");
        payer.cover("M-EXPIRY-2", "EXPIRY");
        JsonNode auth = approvedForTwelveVisits("M-EXPIRY");

        JsonNode expired = desk.awaitNotification("M-EXPIRY", "AuthExpired");

        assertThat(expired.get("message").asText()).contains(auth.get("authorizationNumber").asText(),
                "ended on 2026-03-28 with 12 of your 12 approved visits unused");
        // the status stays (decision 0062): the authorization reads as a certification whose window is behind it
        JsonNode read = payer.authorization(CLINIC, auth.get("authorizationId").asText());
        assertThat(read.get("status").asText()).isEqualTo("APPROVED");
        assertThat(read.get("x12ActionCode").asText()).isEqualTo("A1");
        assertThat(read.get("validTo").asText()).isEqualTo("2026-03-28");
        assertThat(read.get("visitsRemaining").asInt()).isEqualTo(12);
        // once: a second window that ended is announced by a later sweep, which found the first already marked
        approvedForTwelveVisits("M-EXPIRY-2");
        desk.awaitNotification("M-EXPIRY-2", "AuthExpired");
        assertThat(desk.notifications("M-EXPIRY", "AuthExpired")).hasSize(1);

        String id = payer.submit("M-EXPIRY", CLINIC, auth.get("authorizationNumber").asText(), AFTER_THE_WINDOW,
                COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        assertCommonVisitDeniedToTheProvider(claim, "15", "N54");
        assertClp(payer.remittance(CLINIC, id), "180.00", "0.00", "0.00");
        assertUntouched(payer.benefitsOf("M-EXPIRY", AFTER_THE_WINDOW));
        payer.awaitVisitsUsed(CLINIC, auth, 0);
    }

    // issue 18 item 6 (decision 0079): the same desk reached the FHIR way — PAS $submit pends A4 (queued), the reviewer
    // approves, $inquire answers A1; the visit billed under it reads as a CARIN EOB with the JSON EOB's figures
    @Test
    void a_pas_request_pends_A4_inquire_answers_A1_after_the_reviewer_and_the_visit_reads_as_a_carin_eob() {
        payer.plan("PAS", "\"preAuthRequired\":true,\"visitLimit\":20,\"inNetwork\":"
                + tier("0.00", 20, "0.00", "3000.00") + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS);
        payer.cover("M-PAS", "PAS");
        double referralsRead = payer.handled("authorization-service", "ReferralRecorded");
        String referral = payer.refer("M-PAS", REFERRED_ON, 16, 8);
        payer.awaitHandled("authorization-service", "ReferralRecorded", referralsRead + 1);
        FhirAtTheEdge ehr = new FhirAtTheEdge(system, payer);

        ClaimResponse pended = ehr.submit(CLINIC, "M-PAS", referral, 16, LocalDate.parse(REFERRED_ON));
        assertThat(FhirAtTheEdge.reviewAction(pended)).isEqualTo("A4");
        assertThat(pended.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.QUEUED);
        desk.approve(pended.getIdentifierFirstRep().getValue(), JUSTIFIED).requireStatus(200);
        ClaimResponse approved = ehr.inquire(CLINIC, pended);
        assertThat(FhirAtTheEdge.reviewAction(approved)).isEqualTo("A1");
        assertThat(approved.getPreAuthRef()).isNotBlank();

        String claimId = payer.submit("M-PAS", CLINIC, approved.getPreAuthRef(), DOS,
                List.of(line("97124", 30, "120.00", "GP")));
        assertClaim(payer.awaitDecided(CLINIC, claimId), "PAID", "70.00", "56.00", "14.00");
        ExplanationOfBenefit eob = ehr.explanationOfBenefit("M-PAS", claimId);
        assertThat(FhirAtTheEdge.total(eob, "eligible")).isEqualByComparingTo("70.00");
        assertThat(FhirAtTheEdge.total(eob, "paidtoprovider")).isEqualByComparingTo("56.00");
        assertThat(FhirAtTheEdge.total(eob, "coinsurance")).isEqualByComparingTo("14.00");
        assertThat(FhirAtTheEdge.total(eob, "memberliability")).isEqualByComparingTo(
                payer.explanationOfBenefits("M-PAS", claimId).at("/totals/youOwe").decimalValue());
    }

    // issue 18 item 6 (decision 0078): a practice-management system's 837P of the story's two visits goes through the
    // same saga as the JSON API — the same amounts — and the day's 835 reads back balanced (RULEBOOK §8.2)
    @Test
    void an_837p_of_two_visits_is_paid_as_the_json_api_pays_them_and_the_day_s_835_balances() {
        payer.plan("X12", "\"preAuthRequired\":true,\"visitLimit\":20,\"inNetwork\":"
                + tier("0.00", 20, "0.00", "3000.00") + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS);
        payer.cover("M-X12", "X12");
        String number = approvedForTwelveVisits("M-X12").get("authorizationNumber").asText();

        Api.Response acknowledged = payer.provider(CLINIC).postAs(system.baseUrl("claims-service") + "/x12/837",
                "application/edi-x12", X12Files.storyVisits(CLINIC, "M-X12", number, "2026-03-10", "2026-03-17"));

        assertThat(acknowledged.status()).as(acknowledged.raw()).isEqualTo(200);
        assertThat(acknowledged.raw()).contains("IK5*A~").contains("AK9*A*1*1*1~");
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (String pair : acknowledged.header("X-Claim-Ids").orElseThrow().split(",")) {
            ids.put(pair.split("=")[0].strip(), pair.split("=")[1].strip());
        }
        JsonNode first = payer.awaitDecided(CLINIC, ids.get("VISIT-1"));
        JsonNode second = payer.awaitDecided(CLINIC, ids.get("VISIT-2"));
        assertClaim(first, "PAID", "70.00", "56.00", "14.00");
        assertClaim(second, "PAID", "102.00", "81.60", "20.40");

        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String remittance = payer.provider(CLINIC).get(system.baseUrl("claims-service") + "/x12/835?providerNpi="
                + CLINIC + "&paidOn=" + today).requireStatusRaw(200);
        java.util.List<String[]> segments = X12Files.segments(remittance);
        assertThat(X12Files.unbalancedClaims(segments)).as(remittance).isEmpty();
        assertThat(X12Files.paymentBalances(segments)).as(remittance).isTrue();
        assertThat(X12Files.clp(segments, "VISIT-1")).startsWith("CLP", "VISIT-1", "1", "120.00", "56.00", "14.00");
        assertThat(X12Files.clp(segments, "VISIT-2")).startsWith("CLP", "VISIT-2", "1", "180.00", "81.60", "20.40");
    }

    /**
     * A 16-session referral and a request for its 16 visits: above the auto-approval ceiling of 12, pended (A4). The
     * referral is awaited at authorization-service first, so the request pends for review, not for its referral.
     */
    private JsonNode pendedForReview(String member) {
        double referralsRead = payer.handled("authorization-service", "ReferralRecorded");
        String referral = payer.refer(member, REFERRED_ON, 16, 8);
        payer.awaitHandled("authorization-service", "ReferralRecorded", referralsRead + 1);

        JsonNode pended = payer.request(member, referral, CLINIC, MASSAGE, 16, REFERRED_ON);

        assertThat(pended.get("status").asText()).as(pended.toString()).isEqualTo("PENDED");
        assertThat(pended.get("x12ActionCode").asText()).isEqualTo("A4");
        assertThat(pended.get("reason").asText()).contains("16", "12");
        return pended;
    }

    /** Example 6's authorization: 12 visits of 97124 and 97140, 2026-02-01…2026-03-28, approved by the rules (A1). */
    private JsonNode approvedForTwelveVisits(String member) {
        String referral = payer.refer(member, REFERRED_ON, 12, 8);
        JsonNode auth = payer.authorize(member, referral, CLINIC, MASSAGE, 12, REFERRED_ON);
        assertThat(auth.get("status").asText()).isEqualTo("APPROVED");
        assertThat(auth.get("validTo").asText()).isEqualTo("2026-03-28");
        return auth;
    }
}
