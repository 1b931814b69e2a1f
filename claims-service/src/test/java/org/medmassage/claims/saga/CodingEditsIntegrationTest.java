package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.PricedLine;
import org.medmassage.events.claim.SessionBilled;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 item 4 with the shipped samples (decision 0054): the NCCI pair 97140/97530 (indicator 1) and the MN-08
 * cap of 4 units of 97124 a day. An edited line is denied at intake like an OA-18 duplicate: kept on the claim, left
 * out of SessionBilled and CostShareRequested, remitted for its full charge as provider liability, the claim balanced.
 */
class CodingEditsIntegrationTest extends ClaimsServiceTest {

    private static final String THERAPY_NPI = "1003000142";

    @BeforeEach
    void therapyProvider() {
        api.registerProvider(THERAPY_NPI, "IN_NETWORK", Map.of("97140", "38.00", "97530", "45.00"));
    }

    @Test
    void manual_therapy_and_therapeutic_activities_without_59_deny_97530_CO_236_N20_and_pay_97140() {
        String member = member();
        String claimId = api.submit(manualTherapyAndActivities(member, List.of("GP")));

        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId)).procedureCodes())
                .containsExactly("97140");
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        assertThat(kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId)).lines())
                .containsExactly(new PricedLine(1, "97140", 1, money("60.00"), money("38.00")));
        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("38.00"), money("0.00"), money("0.00"), money("7.60"),
                        money("30.40"), money("7.60"))),
                money("0.00"), money("1992.40"), 1, 20));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("PARTIALLY_PAID");
        assertThat(adjudicated.lines()).containsExactly(
                new AdjudicatedLine(1, "97140", 1, money("60.00"), money("38.00"), money("0.00"), money("0.00"),
                        money("7.60"), money("30.40"), money("7.60"), List.of(
                        new Adjustment("CO", "45", money("22.00")), new Adjustment("PR", "2", money("7.60"))),
                        List.of()),
                new AdjudicatedLine(2, "97530", 1, money("70.00"), money("0.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("0.00"), money("0.00"),
                        List.of(new Adjustment("CO", "236", money("70.00"))), List.of("N20")));
        assertThat(adjudicated.planPaid()).isEqualTo("30.40");
        assertThat(adjudicated.patientResponsibility()).isEqualTo("7.60");
        JsonNode claim = api.claim(claimId);
        assertThat(claim.get("status").asString()).isEqualTo("PARTIALLY_PAID");
        assertThat(claim.get("lines").get(1).get("remarkCodes").get(0).asString()).isEqualTo("N20");
        ClaimsApi.assertBalanced(claim);
    }

    @Test
    void with_59_on_97530_both_lines_go_to_cost_share_and_are_paid() {
        String member = member();
        String claimId = api.submit(manualTherapyAndActivities(member, List.of("GP", "59")));

        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId)).procedureCodes())
                .containsExactly("97140", "97530");
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        assertThat(kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId)).lines())
                .containsExactly(new PricedLine(1, "97140", 1, money("60.00"), money("38.00")),
                        new PricedLine(2, "97530", 1, money("70.00"), money("45.00")));
        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("38.00"), money("0.00"), money("0.00"), money("7.60"),
                                money("30.40"), money("7.60")),
                        new LineCostShare(2, money("45.00"), money("0.00"), money("0.00"), money("9.00"),
                                money("36.00"), money("9.00"))),
                money("0.00"), money("1983.40"), 1, 20));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("PAID");
        assertThat(adjudicated.planPaid()).isEqualTo("66.40");
        ClaimsApi.assertBalanced(api.claim(claimId));
    }

    @Test
    void the_claim_sent_again_with_59_is_no_duplicate_of_the_line_the_edit_denied() {
        String member = member();
        String first = api.submit(manualTherapyAndActivities(member, List.of("GP")));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(first));

        String corrected = api.submit(manualTherapyAndActivities(member, List.of("GP", "59")));

        // 97140 repeats the first claim's line (OA-18); 97530 with 59 repeats only a line denied CO-236, so it goes on
        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(corrected)).procedureCodes())
                .containsExactly("97530");
        JsonNode stored = api.claim(corrected);
        assertThat(stored.get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void units_of_97124_above_the_MN_08_cap_deny_the_line_CO_151_N362_and_a_claim_left_without_a_line_at_once() {
        String member = member();
        // 75 minutes of massage are 5 units under the 8-minute rule; the sample caps 97124 at 4 a day
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 75, "300.00");

        ClaimsApi.Answer answer = api.post(claim, null);

        String claimId = answer.claimId();
        assertThat(answer.body().get("status").asString()).isEqualTo("DENIED");
        ClaimAdjudicated denied = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));
        assertThat(denied).isEqualTo(new ClaimAdjudicated(claimId, member, DOS, "DENIED", money("300.00"),
                money("0.00"), money("0.00"), money("0.00"), List.of(new AdjudicatedLine(1, "97124", 5,
                money("300.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"),
                money("0.00"), List.of(new Adjustment("CO", "151", money("300.00"))), List.of("N362")))));
        JsonNode stored = api.claim(claimId);
        assertThat(stored.get("denialReason").asString()).isEqualTo("CO-151: 97124 x5 on 2026-03-10, above the"
                + " medically unlikely edit of 4 units per day (MN-08)");
        ClaimsApi.assertBalanced(stored);
        assertThat(publishedSoFar(SessionBilled.class, event -> event.claimId().equals(claimId))).isEmpty();
        assertThat(publishedSoFar(CostShareRequested.class, event -> event.claimId().equals(claimId))).isEmpty();
    }

    /** 97140 for 15 minutes (1 unit, $60.00) and 97530 for 15 minutes (1 unit, $70.00) with the modifiers given. */
    private static Map<String, Object> manualTherapyAndActivities(String member, List<String> activityModifiers) {
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", THERAPY_NPI, DOS, "97140", 15, "60.00");
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) claim.get("lines");
        lines.add(Map.of("procedureCode", "97530", "modifiers", activityModifiers, "minutes", 15,
                "charge", new BigDecimal("70.00"), "diagnosisPointers", List.of(1)));
        return claim;
    }
}
