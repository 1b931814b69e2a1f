package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.Npi;
import org.medmassage.events.Adjustment;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.NotCoveredLine;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.PricedLine;
import org.medmassage.events.claim.SessionBilled;
import tools.jackson.databind.JsonNode;

/** CS-06 answered by benefits through Kafka, with the lines the plan does not cover denied on their own. */
class VisitLimitIntegrationTest extends ClaimsServiceTest {

    @Test
    void over_the_visit_limit_denies_an_uncovered_line_PR_204_and_the_massage_line_PR_119_on_the_allowed_amount() {
        String contractedNpi = "1003000126";
        api.registerProvider(contractedNpi, "IN_NETWORK", Map.of("97124", "35.00", "97012", "15.00"));
        String member = member();
        String claimId = api.submit(ClaimsApi.massageAndTraction(member, contractedNpi, DOS));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 21, 0));
        CostShareRequested requested = kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        assertThat(requested.lines()).containsExactly(new PricedLine(1, "97124", 2, money("120.00"), money("70.00")),
                new PricedLine(2, "97012", 1, money("40.00"), money("15.00")));

        kafka.publish(new BenefitLimitReached(claimId, member, DOS, 20, 20, "119", "N640", "ALLOWED",
                List.of(new NotCoveredLine(2, "97012", "PR", "204", "N130",
                        "97012 is not a covered service under plan GOLD-PPO."))));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated).isEqualTo(new ClaimAdjudicated(claimId, member, DOS, "DENIED", money("160.00"),
                money("0.00"), money("0.00"), money("110.00"), List.of(
                new AdjudicatedLine(1, "97124", 2, money("120.00"), money("0.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("0.00"), money("70.00"), List.of(
                        new Adjustment("CO", "45", money("50.00")), new Adjustment("PR", "119", money("70.00"))),
                        List.of("N640")),
                new AdjudicatedLine(2, "97012", 1, money("40.00"), money("0.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("0.00"), money("40.00"),
                        List.of(new Adjustment("PR", "204", money("40.00"))), List.of("N130")))));
        JsonNode claim = api.claim(claimId);
        assertThat(claim.get("status").asString()).isEqualTo("DENIED");
        assertThat(claim.get("planPaid").decimalValue()).isEqualTo("0.00");
        assertThat(claim.get("patientResponsibility").decimalValue()).isEqualTo("110.00");
        assertThat(claim.get("denialReason").asString())
                .isEqualTo("PR-119: visit limit reached: 20 of 20 visits used");
        JsonNode notCovered = claim.get("lines").get(1);
        assertThat(notCovered.get("adjustments").get(0).get("carc").asString()).isEqualTo("204");
        assertThat(notCovered.get("remarkCodes").get(0).asString()).isEqualTo("N130");
        ClaimsApi.assertBalanced(claim);
        // issue 15 item 7: the plan will not pay the visit, so the EOB names the other ways to pay for it
        JsonNode wayForward = api.eob(claimId).get("wayForward");
        assertThat(wayForward).extracting(option -> option.get("kind").asString())
                .containsExactly("SELF_PAY", "LETTER_OF_MEDICAL_NECESSITY");
        assertThat(wayForward.get(0).get("amount").isNull()).as("no cash rate on file, no figure").isTrue();
    }

    // issue 15 item 7 (decision 0074): the patient's notice can name the self-pay price, so the decision carries it
    @Test
    void a_visit_over_the_limit_carries_its_self_pay_price_at_the_providers_cash_rates() {
        String cashNpi = "192837476" + Npi.checkDigit("192837476");
        api.registerProviderPractisingIn(cashNpi, "IN_NETWORK", Map.of("97124", "35.00", "97140", "32.00"), "WA",
                Map.of("97124", "30.00", "97140", "28.50"));
        String member = member();
        String claimId = api.submit(ClaimsApi.commonVisit(member, cashNpi, DOS));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 21, 0));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));

        kafka.publish(new BenefitLimitReached(claimId, member, DOS, 20, 20, "119", "N640", "BILLED", List.of()));

        // 97124 × 2 at 30.00 + 97140 × 1 at 28.50
        assertThat(kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId)).selfPayPrice())
                .isEqualByComparingTo("88.50");
    }
}
