package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 items 2 and 3 (decision 0068, RULEBOOK §7.2, §7.3): a workers' comp claim priced at the state fee schedule
 * and PAID at intake, announced only as ClaimAdjudicated (no SessionBilled for authorization, no CostShareRequested for
 * benefits); a health-plan claim for a work injury or an auto accident denied CO-19 / CO-21 with N4 at intake, and
 * adjudicated as usual once it carries the other payer's denial; bad payer fields answered 422 with nothing stored.
 */
class AlternativePayersIntegrationTest extends ClaimsServiceTest {

    private static final String WASHINGTON_NPI = "1928374697";
    private static final String OREGON_NPI = "1928374705";
    private static final String INJURED = "2026-02-20";

    @BeforeEach
    void providers() {
        Map<String, String> contract = Map.of("97124", "35.00", "97140", "32.00");
        api.registerProviderPractisingIn(WASHINGTON_NPI, "IN_NETWORK", contract, "WA");
        api.registerProviderPractisingIn(OREGON_NPI, "IN_NETWORK", contract, "OR");
    }

    // Example 10 to the cent: 97124 2 × 33.00 + 97140 1 × 30.00 = 96.00 paid, CO-45 54.00 + 30.00, patient 0.00
    @Test
    void a_workers_comp_claim_is_paid_96_at_the_state_fee_schedule_without_authorization_or_benefits() {
        String member = member();
        Map<String, Object> claim = workersComp(ClaimsApi.commonVisit(member, WASHINGTON_NPI, DOS));

        ClaimsApi.Answer answer = api.post(claim, null);

        String claimId = answer.claimId();
        assertThat(answer.body().get("status").asString()).isEqualTo("PAID");
        ClaimAdjudicated paid = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));
        assertThat(paid).isEqualTo(new ClaimAdjudicated(claimId, member, DOS, "PAID", money("180.00"),
                money("96.00"), money("96.00"), money("0.00"), List.of(
                        new AdjudicatedLine(1, "97124", 2, money("120.00"), money("66.00"), money("0.00"),
                                money("0.00"), money("0.00"), money("66.00"), money("0.00"),
                                List.of(new Adjustment("CO", "45", money("54.00"))), List.of()),
                        new AdjudicatedLine(2, "97140", 1, money("60.00"), money("30.00"), money("0.00"),
                                money("0.00"), money("0.00"), money("30.00"), money("0.00"),
                                List.of(new Adjustment("CO", "45", money("30.00"))), List.of())), "WORKERS_COMP"));
        assertThat(publishedSoFar(SessionBilled.class, event -> event.claimId().equals(claimId))).isEmpty();
        assertThat(publishedSoFar(CostShareRequested.class, event -> event.claimId().equals(claimId))).isEmpty();

        JsonNode stored = api.claim(claimId);
        assertThat(stored.get("status").asString()).isEqualTo("PAID");
        assertThat(stored.get("planPaid").decimalValue()).isEqualByComparingTo("96.00");
        assertThat(stored.get("patientResponsibility").decimalValue()).isEqualByComparingTo("0.00");
        ClaimsApi.assertBalanced(stored);
        JsonNode payer = stored.get("payer");
        assertThat(payer.get("payer").asString()).isEqualTo("WORKERS_COMP");
        assertThat(payer.get("claimFilingIndicator").asString()).isEqualTo("WC");
        assertThat(payer.get("relatedCauses").get(0).asString()).isEqualTo("EMPLOYMENT");
        assertThat(payer.get("dateOfInjury").asString()).isEqualTo(INJURED);
        assertThat(payer.get("workersCompensation").get("carrierName").asString()).isEqualTo("Evergreen Mutual");
        assertThat(payer.get("workersCompensation").get("claimNumber").asString()).isEqualTo("WC-2026-0042");
        assertThat(payer.get("workersCompensation").get("employerName").asString()).isEqualTo("Acme Logistics");

        JsonNode eob = api.eob(claimId);
        assertThat(eob.get("paidBy").get("statement").asString())
                .contains("Paid by the workers' compensation carrier Evergreen Mutual", "You owe nothing");
        assertThat(eob.get("totals").get("youOwe").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_work_injury_billed_to_the_health_plan_is_denied_CO_19_N4_and_paid_as_usual_with_the_carrier_s_P2() {
        String member = member();
        Map<String, Object> claim = injury(ClaimsApi.commonVisit(member, WASHINGTON_NPI, DOS), "EMPLOYMENT");

        ClaimsApi.Answer answer = api.post(claim, null);

        String claimId = answer.claimId();
        assertThat(answer.body().get("status").asString()).isEqualTo("DENIED");
        ClaimAdjudicated denied = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));
        assertThat(denied.status()).isEqualTo("DENIED");
        assertThat(denied.planPaid()).isEqualByComparingTo("0.00");
        assertThat(denied.patientResponsibility()).isEqualByComparingTo("0.00");
        assertThat(denied.lines()).allSatisfy(line -> {
            assertThat(line.adjustments()).containsExactly(new Adjustment("CO", "19", line.charge()));
            assertThat(line.remarkCodes()).containsExactly("N4");
        });
        JsonNode stored = api.claim(claimId);
        assertThat(stored.get("denialReason").asString()).startsWith("CO-19: the injury of " + INJURED
                + " is work related: bill the workers' compensation carrier");
        ClaimsApi.assertBalanced(stored);
        assertThat(publishedSoFar(SessionBilled.class, event -> event.claimId().equals(claimId))).isEmpty();

        // the carrier denied it P2 (not work related): the same session sent again is the plan's, not a duplicate
        claim.put("priorPayerDenial", Map.of("carc", "P2"));
        String resent = api.submit(claim);

        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(resent)).procedureCodes())
                .containsExactly("97124", "97140");
        assertThat(api.claim(resent).get("payer").get("priorPayerDenial").get("carc").asString()).isEqualTo("P2");
    }

    @Test
    void an_auto_accident_billed_to_the_health_plan_is_denied_CO_21_N4() {
        Map<String, Object> claim = injury(ClaimsApi.commonVisit(member(), WASHINGTON_NPI, DOS), "AUTO_ACCIDENT");
        claim.put("accidentState", "NJ");

        String claimId = api.post(claim, null).claimId();

        JsonNode stored = api.claim(claimId);
        assertThat(stored.get("status").asString()).isEqualTo("DENIED");
        assertThat(stored.get("lines")).allSatisfy(line -> {
            assertThat(line.get("adjustments").get(0).get("carc").asString()).isEqualTo("21");
            assertThat(line.get("remarkCodes").get(0).asString()).isEqualTo("N4");
        });
        assertThat(stored.get("payer").get("accidentState").asString()).isEqualTo("NJ");
    }

    @Test
    void bad_payer_fields_are_answered_422_naming_each_and_nothing_is_stored() {
        String member = member();
        Map<String, Object> noClaimNumber = workersComp(ClaimsApi.commonVisit(member, WASHINGTON_NPI, DOS));
        noClaimNumber.put("workersCompensation", Map.of("employerName", "Acme Logistics"));
        Map<String, Object> pip = new LinkedHashMap<>(ClaimsApi.commonVisit(member, WASHINGTON_NPI, DOS));
        pip.put("payer", "AUTO_PIP");
        Map<String, Object> noSchedule = workersComp(ClaimsApi.commonVisit(member, OREGON_NPI, DOS));
        Map<String, Object> undated = injury(ClaimsApi.commonVisit(member, WASHINGTON_NPI, DOS), "OTHER_ACCIDENT");
        undated.remove("dateOfInjury");
        Map<String, Object> paidWithoutCode = injury(ClaimsApi.commonVisit(member, WASHINGTON_NPI, DOS),
                "AUTO_ACCIDENT");
        paidWithoutCode.put("accidentState", "NJ");
        paidWithoutCode.put("priorPayerDenial", Map.of("paid", 50.00));

        assertThat(ClaimsApi.fields(api.rejected(noClaimNumber, HttpStatus.UNPROCESSABLE_CONTENT)))
                .containsExactly("workersCompensation.carrierName", "workersCompensation.claimNumber");
        // an auto PIP claim without its accident: the PIP limit is per accident (decision 0074)
        JsonNode refusedPip = api.rejected(pip, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(ClaimsApi.fields(refusedPip)).containsExactly("relatedCauses", "dateOfInjury");
        assertThat(refusedPip.get("errors").get(1).get("message").asString()).contains("accident date");
        JsonNode refusedState = api.rejected(noSchedule, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(ClaimsApi.fields(refusedState)).containsExactly("renderingProviderNpi");
        assertThat(refusedState.get("errors").get(0).get("message").asString())
                .contains("no workers' compensation fee schedule for OR");
        assertThat(ClaimsApi.fields(api.rejected(undated, HttpStatus.UNPROCESSABLE_CONTENT)))
                .containsExactly("dateOfInjury");
        assertThat(ClaimsApi.fields(api.rejected(paidWithoutCode, HttpStatus.UNPROCESSABLE_CONTENT)))
                .containsExactly("priorPayerDenial.carc");
        assertThat(claimsOf(member)).isZero();
    }

    private long claimsOf(String member) {
        return db.sql("select count(*) from claim where member_id = :member").bind("member", member)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    /** Billed to the workers' comp carrier for a work injury of 2026-02-20, without a health-plan authorization. */
    private static Map<String, Object> workersComp(Map<String, Object> visit) {
        Map<String, Object> claim = injury(visit, "EMPLOYMENT");
        claim.remove("authorizationNumber");
        claim.put("payer", "WORKERS_COMP");
        claim.put("workersCompensation", Map.of("carrierName", "Evergreen Mutual", "claimNumber", "WC-2026-0042",
                "employerName", "Acme Logistics"));
        return claim;
    }

    private static Map<String, Object> injury(Map<String, Object> visit, String cause) {
        Map<String, Object> claim = new LinkedHashMap<>(visit);
        claim.put("relatedCauses", List.of(cause));
        claim.put("dateOfInjury", INJURED);
        return claim;
    }
}
