package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.Npi;
import org.medmassage.events.Adjustment;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 item 4 (decision 0074, RULEBOOK §7.3 Example 11): a claim billed to auto PIP goes straight to benefits'
 * PIP ledger, with no authorization; what PIP leaves over its limit is PR-119. The same session billed to the health
 * plan with PIP's answer and payment is no duplicate: it goes through authorization and benefits as secondary and its
 * remittance carries OA-23 for PIP's payment.
 */
class AutoPipIntegrationTest extends ClaimsServiceTest {

    private static final String NEW_JERSEY_NPI = "192837475" + Npi.checkDigit("192837475");
    private static final LocalDate ACCIDENT = LocalDate.parse("2026-02-20");

    @BeforeEach
    void provider() {
        api.registerProviderPractisingIn(NEW_JERSEY_NPI, "IN_NETWORK", Map.of("97124", "35.00", "97140", "32.00"),
                "NJ");
    }

    @Test
    void auto_pip_pays_its_last_50_00_and_the_health_plan_pays_52_00_as_secondary_with_OA_23() {
        String member = member();
        Map<String, Object> pipClaim = accident(ClaimsApi.commonVisit(member, NEW_JERSEY_NPI, DOS));
        pipClaim.remove("authorizationNumber");
        pipClaim.put("payer", "AUTO_PIP");

        ClaimsApi.Answer answer = api.post(pipClaim, null);

        String pip = answer.claimId();
        assertThat(answer.body().get("status").asString()).isEqualTo("IN_PROCESS");
        CostShareRequested asked = kafka.await(CostShareRequested.class, event -> event.claimId().equals(pip));
        assertThat(asked.payer()).isEqualTo("AUTO_PIP");
        assertThat(asked.accidentDate()).isEqualTo(ACCIDENT);
        assertThat(asked.accidentState()).isEqualTo("NJ");
        assertThat(asked.priorPayerPaid()).isNull();
        assertThat(publishedSoFar(SessionBilled.class, event -> event.claimId().equals(pip))).isEmpty();

        kafka.publish(new CostShareApplied(pip, member, DOS, NetworkTier.IN_NETWORK, List.of(
                pipLine(1, "70.00", "50.00", "20.00"), pipLine(2, "32.00", "0.00", "32.00")), money("0.00"), null, 0,
                0, List.of(), null, null, "AUTO_PIP", money("0.00")));
        ClaimAdjudicated paidByPip = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(pip));
        assertThat(paidByPip.payer()).isEqualTo("AUTO_PIP");
        assertThat(paidByPip.planPaid()).isEqualByComparingTo("50.00");
        assertThat(paidByPip.patientResponsibility()).isEqualByComparingTo("52.00");
        assertThat(paidByPip.lines()).extracting(AdjudicatedLine::adjustments).containsExactly(
                List.of(new Adjustment("CO", "45", money("50.00")), new Adjustment("PR", "119", money("20.00"))),
                List.of(new Adjustment("CO", "45", money("28.00")), new Adjustment("PR", "119", money("32.00"))));
        JsonNode pipEob = api.eob(pip);
        assertThat(pipEob.get("paidBy").get("statement").asString()).contains("personal injury protection");
        assertThat(pipEob.toString()).contains("has paid all it pays for this accident");

        // the provider bills the health plan with PIP's answer (837P 2320: CAS 119, AMT*D 50.00)
        Map<String, Object> secondaryClaim = accident(ClaimsApi.commonVisit(member, NEW_JERSEY_NPI, DOS));
        secondaryClaim.put("priorPayerDenial", Map.of("carc", "119", "paid", new BigDecimal("50.00")));
        String secondary = api.submit(secondaryClaim);
        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(secondary)).procedureCodes())
                .containsExactly("97124", "97140");
        kafka.publish(new VisitAuthorized(secondary, member, "auth-1", "A123", DOS, 6, 6));
        CostShareRequested asSecondary = kafka.await(CostShareRequested.class,
                event -> event.claimId().equals(secondary));
        assertThat(asSecondary.payer()).isNull();
        assertThat(asSecondary.priorPayerPaid()).isEqualByComparingTo("50.00");

        kafka.publish(new CostShareApplied(secondary, member, DOS, NetworkTier.IN_NETWORK, List.of(
                new LineCostShare(1, money("70.00"), money("0.00"), money("0.00"), money("0.00"), money("20.00"),
                        money("0.00"), money("50.00"), null),
                new LineCostShare(2, money("32.00"), money("0.00"), money("0.00"), money("0.00"), money("32.00"),
                        money("0.00"), null, null)), money("0.00"), money("2000.00"), 6, 20));
        ClaimAdjudicated paidAsSecondary = kafka.await(ClaimAdjudicated.class,
                event -> event.claimId().equals(secondary));
        assertThat(paidAsSecondary.planPaid()).isEqualByComparingTo("52.00");
        assertThat(paidAsSecondary.patientResponsibility()).isEqualByComparingTo("0.00");
        assertThat(paidAsSecondary.lines().get(0).adjustments()).containsExactly(
                new Adjustment("CO", "45", money("50.00")), new Adjustment("OA", "23", money("50.00")));
        JsonNode stored = api.claim(secondary);
        ClaimsApi.assertBalanced(stored);
        assertThat(stored.get("payer").get("priorPayerDenial").get("paid").decimalValue())
                .isEqualByComparingTo("50.00");
        assertThat(api.eob(secondary).toString()).contains("as the second payer", "paid this amount first");
    }

    private static LineCostShare pipLine(int line, String allowed, String paid, String overLimit) {
        return new LineCostShare(line, money(allowed), money("0.00"), money("0.00"), money("0.00"), money(paid),
                money(overLimit), null, money(overLimit));
    }

    private static Map<String, Object> accident(Map<String, Object> visit) {
        Map<String, Object> claim = new LinkedHashMap<>(visit);
        claim.put("relatedCauses", List.of("AUTO_ACCIDENT"));
        claim.put("accidentState", "NJ");
        claim.put("dateOfInjury", ACCIDENT.toString());
        return claim;
    }
}
