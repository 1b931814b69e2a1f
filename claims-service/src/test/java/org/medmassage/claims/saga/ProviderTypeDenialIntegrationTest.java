package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import tools.jackson.databind.JsonNode;

/**
 * Decision 0061 through Kafka and PostgreSQL: benefits denies a rendering provider type the member's plan does not pay
 * for massage CO-185 N95 (CostShareDenied); the claim is DENIED, every line for its full charge, the remittance
 * balances (FMT-01), and the EOB tells the member they owe nothing and what they can do.
 */
class ProviderTypeDenialIntegrationTest extends ClaimsServiceTest {

    private static final String CONTRACTED_NPI = "1003000126";

    @Test
    void a_provider_type_the_plan_does_not_pay_denies_every_line_CO_185_N95_and_the_member_owes_nothing() {
        String member = member();
        api.registerProvider(CONTRACTED_NPI, "IN_NETWORK", Map.of("97124", "35.00", "97140", "32.00"));
        String claimId = api.submit(ClaimsApi.commonVisit(member, CONTRACTED_NPI, DOS));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11, null));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));

        kafka.publish(new CostShareDenied(claimId, member, DOS, "CO", "185", "N95",
                "rendering provider type 225700000X (Massage Therapist) is not one plan PT-ONLY pays for massage"));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("DENIED");
        assertThat(adjudicated.lines()).containsExactly(
                denied(1, "97124", 2, "120.00"), denied(2, "97140", 1, "60.00"));
        assertThat(adjudicated.planPaid()).isEqualTo("0.00");
        assertThat(adjudicated.patientResponsibility()).isEqualTo("0.00");
        ClaimsApi.assertBalanced(api.claim(claimId));

        JsonNode eob = api.eob(claimId);
        assertThat(eob.get("totals").get("youOwe").decimalValue()).isEqualTo("0.00");
        assertThat(eob.get("totals").get("notBillableToYou").decimalValue()).isEqualTo("180.00");
        List<String> words = new ArrayList<>();
        eob.get("codes").forEach(code -> words.add(code.get("code").asString() + ": "
                + code.get("explanation").asString()));
        assertThat(words).hasSize(2);
        assertThat(words.get(0)).startsWith("CO-185: ").contains("type of provider", "may not bill you");
        assertThat(words.get(1)).startsWith("N95: ").contains("does not pay this provider type for massage");
        assertThat(eob.get("nextSteps").get(0).asString()).contains("choose a provider your plan covers",
                "self-pay rate");
    }

    private static AdjudicatedLine denied(int lineNumber, String code, int units, String charge) {
        return new AdjudicatedLine(lineNumber, code, units, money(charge), money("0.00"), money("0.00"),
                money("0.00"), money("0.00"), money("0.00"), money("0.00"),
                List.of(new Adjustment("CO", "185", money(charge))), List.of("N95"));
    }
}
