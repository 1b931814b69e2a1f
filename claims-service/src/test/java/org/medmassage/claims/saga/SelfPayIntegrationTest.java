package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.Npi;
import org.medmassage.events.Adjustment;
import org.medmassage.events.Topics;
import org.medmassage.events.benefit.MemberRegistered;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.events.referral.MedicalNecessityLetterIssued;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 item 5, first half (decision 0073, RULEBOOK §7.4): a self-pay claim priced at the rendering provider's cash
 * rate and PAID at intake, announced only as ClaimAdjudicated naming SELF_PAY (no SessionBilled for authorization, no
 * CostShareRequested for benefits), with its HSA/FSA receipt; a code without a cash rate answered 422, nothing stored.
 */
class SelfPayIntegrationTest extends ClaimsServiceTest {

    private static final String CASH_NPI = "192837471" + Npi.checkDigit("192837471");
    private static final String MASSAGE_ONLY_NPI = "192837472" + Npi.checkDigit("192837472");

    @BeforeEach
    void providers() {
        Map<String, String> contract = Map.of("97124", "35.00", "97140", "32.00");
        api.registerProviderPractisingIn(CASH_NPI, "IN_NETWORK", contract, "WA",
                Map.of("97124", "30.00", "97140", "28.50"));
        api.registerProviderPractisingIn(MASSAGE_ONLY_NPI, "IN_NETWORK", contract, "WA", Map.of("97124", "30.00"));
    }

    // 97124 × 2 at 30.00 + 97140 × 1 at 28.50 = 88.50 owed by the patient; CO-45 60.00 + 31.50, plan 0.00
    @Test
    void a_self_pay_claim_is_paid_88_50_by_the_patient_at_the_cash_rate_without_authorization_or_benefits() {
        String member = member();

        ClaimsApi.Answer answer = api.post(selfPay(ClaimsApi.commonVisit(member, CASH_NPI, DOS)), null);

        String claimId = answer.claimId();
        assertThat(answer.body().get("status").asString()).isEqualTo("PAID");
        ClaimAdjudicated paid = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));
        assertThat(paid).isEqualTo(new ClaimAdjudicated(claimId, member, DOS, "PAID", money("180.00"),
                money("88.50"), money("0.00"), money("88.50"), List.of(
                        new AdjudicatedLine(1, "97124", 2, money("120.00"), money("60.00"), money("0.00"),
                                money("0.00"), money("0.00"), money("0.00"), money("60.00"),
                                List.of(new Adjustment("CO", "45", money("60.00")),
                                        new Adjustment("PR", "204", money("60.00"))), List.of()),
                        new AdjudicatedLine(2, "97140", 1, money("60.00"), money("28.50"), money("0.00"),
                                money("0.00"), money("0.00"), money("0.00"), money("28.50"),
                                List.of(new Adjustment("CO", "45", money("31.50")),
                                        new Adjustment("PR", "204", money("28.50"))), List.of())), "SELF_PAY"));
        assertThat(publishedSoFar(SessionBilled.class, event -> event.claimId().equals(claimId))).isEmpty();
        assertThat(publishedSoFar(CostShareRequested.class, event -> event.claimId().equals(claimId))).isEmpty();

        JsonNode stored = api.claim(claimId);
        assertThat(stored.get("status").asString()).isEqualTo("PAID");
        assertThat(stored.get("payer").get("payer").asString()).isEqualTo("SELF_PAY");
        JsonNode indicator = stored.get("payer").path("claimFilingIndicator");
        assertThat(indicator.isNull() || indicator.isMissingNode()).as("no payer billed, no SBR09: " + indicator)
                .isTrue();
        ClaimsApi.assertBalanced(stored);

        JsonNode eob = api.eob(claimId);
        assertThat(eob.get("paidBy").get("payer").asString()).isEqualTo("SELF_PAY");
        assertThat(eob.get("paidBy").get("statement").asString()).contains("not billed to your insurance",
                "nothing counted toward your health plan's deductible");
        assertThat(eob.get("totals").get("youOwe").decimalValue()).isEqualByComparingTo("88.50");
        assertThat(eob.get("totals").get("planPaid").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void the_self_paid_claim_gives_an_hsa_fsa_receipt_owing_the_cash_price() {
        String member = member();
        kafka.publish(new MemberRegistered(member, "Jane", "Doe", LocalDate.of(1980, 5, 17)));
        kafka.publish(new MedicalNecessityLetterIssued("LMN-" + member, "REF-" + member, member, List.of("M54.50"),
                LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1)));
        String claimId = api.post(selfPay(ClaimsApi.commonVisit(member, CASH_NPI, DOS)), null).claimId();
        kafka.awaitConsumed("claims-service", Topics.BENEFIT);
        kafka.awaitConsumed("claims-service", Topics.REFERRAL);

        JsonNode receipt = getJson("/claims/" + claimId + "/receipt", Tokens.asMember(member));

        assertThat(receipt.get("paidBy").asString()).isEqualTo("SELF_PAY");
        assertThat(receipt.get("patient").get("name").asString()).isEqualTo("Jane Doe");
        JsonNode amounts = receipt.get("amounts");
        assertThat(List.of("charged", "paidByPlan", "notOwed", "patientOwes").stream()
                .map(field -> amounts.get(field).decimalValue()).toList())
                .containsExactly(money("180.00"), money("0.00"), money("91.50"), money("88.50"));
        assertThat(receipt.get("hsaFsa").get("eligible").asBoolean()).isTrue();
        assertThat(receipt.get("hsaFsa").get("eligibleAmount").decimalValue()).isEqualTo(money("88.50"));
        assertThat(receipt.get("hsaFsa").get("letter").get("letterId").asString()).isEqualTo("LMN-" + member);
        assertThat(api.receiptHtml(claimId, Tokens.asMember(member))).contains("the patient (self-pay)", "$88.50");
    }

    @Test
    void a_code_without_a_cash_rate_is_answered_422_naming_its_line_and_nothing_is_stored() {
        String member = member();

        JsonNode refused = api.rejected(selfPay(ClaimsApi.commonVisit(member, MASSAGE_ONLY_NPI, DOS)),
                HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(ClaimsApi.fields(refused)).containsExactly("lines[1].procedureCode");
        assertThat(refused.get("errors").get(0).get("rule").asString()).isEqualTo("§7.4");
        assertThat(refused.get("errors").get(0).get("message").asString())
                .contains("no self-pay cash rate for 97140");
        assertThat(claimsOf(member)).isZero();
    }

    private long claimsOf(String member) {
        return db.sql("select count(*) from claim where member_id = :member").bind("member", member)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    /** Self-paid, without a health-plan authorization. */
    private static Map<String, Object> selfPay(Map<String, Object> visit) {
        Map<String, Object> claim = new LinkedHashMap<>(visit);
        claim.remove("authorizationNumber");
        claim.put("payer", "SELF_PAY");
        return claim;
    }
}
