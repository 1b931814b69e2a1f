package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medmassage.systemtests.Remittances.assertMoney;
import static org.medmassage.systemtests.WorkedExampleFixture.COMMON_VISIT;
import static org.medmassage.systemtests.WorkedExampleFixture.PATIENCE;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClaim;
import static org.medmassage.systemtests.WorkedExampleFixture.standardPlan;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 item 6 end to end on the five services as separate processes (ALT-01, ALT-02, decision 0071): benefits
 * registers the member, the prescriber writes a referral and its letter of medical necessity, the session is paid
 * (all to the deductible), and the member's receipt is HSA/FSA-eligible with the right figures, naming the patient;
 * once the prescriber revokes the referral the letter reads REVOKED and the receipt is no longer eligible. The letter
 * is dated by referral-service's clock, so the session is today's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsaFsaReceiptEndToEndIT {

    private static final String THERAPIST = "1600000065";
    private static final String MEMBER = "M-HSA";
    /** The same practice's therapist with self-pay cash rates 30.00 / 28.50 (decision 0070). */
    private static final String CASH_THERAPIST = "1600000073";

    private SystemUnderTest system;
    private WorkedExampleFixture payer;

    @BeforeAll
    void startTheSystem() throws Exception {
        system = new SystemUnderTest().start();
        payer = new WorkedExampleFixture(system);
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void a_paid_session_with_a_valid_letter_gets_an_eligible_itemized_receipt_until_the_referral_is_revoked() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        payer.registerLicensedTherapist(THERAPIST, today.plusYears(1).toString(), "91-1234567");
        payer.plan("HSA", standardPlan(false));
        payer.cover(MEMBER, "HSA", today.withDayOfYear(1).toString(), today.withDayOfYear(1).plusYears(1)
                .minusDays(1).toString());
        payer.registerMember(MEMBER, "Jane", "Doe", "1980-05-17");
        String referral = payer.refer(MEMBER, today.toString(), 12, 6);
        String letterId = payer.issueLetterOfMedicalNecessity(referral).get("letterId").asText();
        JsonNode letter = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> payer.letterOfMedicalNecessity(MEMBER, referral),
                        read -> read.get("patient").get("name").asText().equals("Jane Doe"));
        assertThat(letter.get("patient").get("dateOfBirth").asText()).isEqualTo("1980-05-17");
        assertThat(letter.get("status").asText()).isEqualTo("VALID");

        // the standard plan's deductible of 500.00 takes the whole allowed 102.00: PAID, plan 0.00 (decision 0028)
        String claimId = payer.submit(MEMBER, THERAPIST, null, today.toString(), COMMON_VISIT);
        assertClaim(payer.awaitDecided(THERAPIST, claimId), "PAID", "102.00", "0.00", "102.00");
        JsonNode receipt = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> payer.receipt(MEMBER, claimId), read -> read.get("hsaFsa").get("eligible").asBoolean()
                        && read.get("patient").get("name").asText().equals("Jane Doe"));

        assertThat(receipt.get("dateOfService").asText()).isEqualTo(today.toString());
        assertThat(receipt.get("hsaFsa").get("letter").get("letterId").asText()).isEqualTo(letterId);
        assertMoney(receipt.get("hsaFsa"), "eligibleAmount", "102.00");
        assertMoney(receipt.get("amounts"), "charged", "180.00");
        assertMoney(receipt.get("amounts"), "paidByPlan", "0.00");
        assertMoney(receipt.get("amounts"), "notOwed", "78.00");
        assertMoney(receipt.get("amounts"), "patientOwes", "102.00");
        List<String> services = new ArrayList<>();
        receipt.get("services").forEach(service -> services.add(service.get("procedureCode").asText() + " "
                + service.get("description").asText() + " x" + service.get("units").asInt() + " "
                + cents(service.get("charge")) + " " + cents(service.get("patientOwes"))));
        assertThat(services).containsExactly("97124 Therapeutic massage x2 120.00 70.00",
                "97140 Manual therapy x1 60.00 32.00");
        assertThat(receipt.get("diagnoses").get(0).get("code").asText()).isEqualTo("M54.50");
        JsonNode provider = receipt.get("provider");
        assertThat(List.of(provider.get("name").asText(), provider.get("npi").asText(),
                provider.get("taxId").asText(), provider.get("practiceAddress").get("city").asText(),
                provider.get("licence").get("number").asText()))
                .containsExactly("Calm Hands Massage", THERAPIST, "91-1234567", "Seattle", "MA60123456");
        assertThat(receipt.get("patient").get("dateOfBirth").asText()).isEqualTo("1980-05-17");
        assertThat(receipt.get("notOnFile")).isEmpty();

        payer.revoke(referral, "Written for the wrong patient.");
        assertThat(payer.letterOfMedicalNecessity(MEMBER, referral).get("status").asText()).isEqualTo("REVOKED");
        // revoked today, the session's date: the letter no longer substantiates it
        JsonNode afterRevocation = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> payer.receipt(MEMBER, claimId), read -> !read.get("hsaFsa").get("eligible").asBoolean());
        assertThat(afterRevocation.get("hsaFsa").get("statement").asText()).contains("revoked",
                "Written for the wrong patient.");
        assertThat(afterRevocation.get("hsaFsa").get("howToGetOne").asText()).contains("Ask the prescriber");
    }

    private static String cents(JsonNode amount) {
        return amount.decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    // ALT-04 end to end (decision 0075): 97124 × 2 × 2 sessions at 30.00 = 120.00 estimated; six self-paid common
    // visits at 88.50 in the scheduled period bill 531.00, 411.00 over: dispute eligible; five (442.50) are not
    @Test
    void a_self_pay_series_billed_400_00_over_its_good_faith_estimate_can_be_disputed_for_120_days() {
        String member = "M-GFE";
        payer.registerLicensedTherapist(CASH_THERAPIST, "2026-12-31", "91-7654321", "{\"97124\":30.00,\"97140\":28.50}");
        payer.registerMember(member, "Sam", "Lee", "1975-09-02");
        String body = """
                {"memberId":"%s","renderingProviderNpi":"%s","diagnosisCodes":["M54.50"],
                 "services":[{"procedureCode":"97124","unitsPerSession":2,"sessions":2}],
                 "scheduledDates":["2026-03-10","2026-03-17"],"scheduledOn":"2026-03-02"}
                """.formatted(member, CASH_THERAPIST);
        JsonNode estimate = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(() -> payer.issueGoodFaithEstimate(CASH_THERAPIST, body), issued -> true);
        String estimateId = estimate.get("estimateId").asText();
        assertMoney(estimate, "expectedTotal", "120.00");
        // scheduled Monday 2026-03-02 for 6 business days ahead: due within 1 business day (ALT-04)
        assertThat(estimate.get("dueBy").asText()).isEqualTo("2026-03-03");
        assertThat(estimate.get("patient").get("name").asText()).isEqualTo("Sam Lee");

        List<String> days = List.of("2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-16");
        for (String day : days) {
            assertClaim(payer.awaitDecided(CASH_THERAPIST, payer.submit(member, CASH_THERAPIST, null, day,
                    COMMON_VISIT, ",\"payer\":\"SELF_PAY\"")), "PAID", "88.50", "0.00", "88.50");
        }
        JsonNode fiveVisits = payer.goodFaithEstimate(member, estimateId).get("finalBill");
        assertMoney(fiveVisits, "billedTotal", "442.50");
        assertThat(fiveVisits.get("disputeEligible").asBoolean()).isFalse();

        payer.awaitDecided(CASH_THERAPIST, payer.submit(member, CASH_THERAPIST, null, "2026-03-17", COMMON_VISIT,
                ",\"payer\":\"SELF_PAY\""));
        JsonNode sixVisits = payer.goodFaithEstimate(member, estimateId).get("finalBill");
        assertMoney(sixVisits, "billedTotal", "531.00");
        assertThat(sixVisits.get("disputeEligible").asBoolean()).isTrue();
        assertThat(sixVisits.get("disputeWindowEndsOn").asText())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(120).toString());
    }
}
