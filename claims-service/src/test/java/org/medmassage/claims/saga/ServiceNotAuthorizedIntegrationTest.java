package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.PricedLine;
import org.medmassage.events.claim.SessionBilled;
import tools.jackson.databind.JsonNode;

/**
 * RULEBOOK Example 6d through Kafka and PostgreSQL: the authorization covers 97140 only, so the 97124 line is denied
 * CO-284 when the visit is authorized, kept across the saga, and joins benefits' answer for the 97140 line (PA-05).
 */
class ServiceNotAuthorizedIntegrationTest extends ClaimsServiceTest {

    private static final String CONTRACTED_NPI = "1003000126";
    private static final AdjudicatedLine MASSAGE_CO_284 = new AdjudicatedLine(1, "97124", 2, money("120.00"),
            money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"),
            List.of(new Adjustment("CO", "284", money("120.00"))), List.of("N54"));

    @Test
    void example_6d_asks_benefits_for_the_authorized_line_only_and_pays_it_partially_paid() {
        String member = member();
        String claimId = submitCommonVisit(member);

        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11, List.of("97124")));
        CostShareRequested requested = kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        assertThat(requested.lines()).containsExactly(new PricedLine(2, "97140", 1, money("60.00"), money("32.00")));
        assertThat(api.claim(claimId).get("status").asString()).isEqualTo("IN_PROCESS");

        // Example 1's split of line 2: deductible met, 20 % coinsurance
        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(2, money("32.00"), money("0.00"), money("0.00"), money("6.40"),
                        money("25.60"), money("6.40"))),
                money("0.00"), money("1993.60"), 6, 20));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated).isEqualTo(new ClaimAdjudicated(claimId, member, DOS, "PARTIALLY_PAID",
                money("180.00"), money("32.00"), money("25.60"), money("6.40"), List.of(MASSAGE_CO_284,
                new AdjudicatedLine(2, "97140", 1, money("60.00"), money("32.00"), money("0.00"), money("0.00"),
                        money("6.40"), money("25.60"), money("6.40"), List.of(
                        new Adjustment("CO", "45", money("28.00")), new Adjustment("PR", "2", money("6.40"))),
                        List.of()))));
        JsonNode claim = api.claim(claimId);
        assertThat(claim.get("status").asString()).isEqualTo("PARTIALLY_PAID");
        assertThat(claim.get("planPaid").decimalValue()).isEqualTo("25.60");
        assertThat(claim.get("patientResponsibility").decimalValue()).isEqualTo("6.40");
        ClaimsApi.assertBalanced(claim);
    }

    @Test
    void no_coverage_for_the_authorized_line_denies_the_claim_and_the_other_line_keeps_CO_284() {
        String member = member();
        String claimId = submitCommonVisit(member);

        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11, List.of("97124")));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        kafka.publish(new CostShareDenied(claimId, member, DOS, "CO", "27", null, "No coverage on 2026-03-10."));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("DENIED");
        assertThat(adjudicated.lines()).containsExactly(MASSAGE_CO_284, new AdjudicatedLine(2, "97140", 1,
                money("60.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"),
                money("0.00"), List.of(new Adjustment("CO", "27", money("60.00"))), List.of()));
        assertThat(adjudicated.planPaid()).isEqualTo("0.00");
        assertThat(adjudicated.patientResponsibility()).isEqualTo("0.00");
        ClaimsApi.assertBalanced(api.claim(claimId));
    }

    /** RULEBOOK §5.3 common visit at Example 1's contract rates: 97124 ×2 allowed 70.00, 97140 ×1 allowed 32.00. */
    private String submitCommonVisit(String member) {
        api.registerProvider(CONTRACTED_NPI, "IN_NETWORK", Map.of("97124", "35.00", "97140", "32.00"));
        String claimId = api.submit(ClaimsApi.commonVisit(member, CONTRACTED_NPI, DOS));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        return claimId;
    }
}
