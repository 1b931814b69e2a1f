package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.PricedLine;
import org.medmassage.events.claim.SessionBilled;

/**
 * MN-01 through Kafka and PostgreSQL: authorization names the massage codes billed without the referral the plan
 * requires; their lines are denied CO-288 N29 (provider liability), the others go on or keep the visit's reason.
 */
class ReferralAbsentIntegrationTest extends ClaimsServiceTest {

    private static final String CONTRACTED_NPI = "1003000126";
    private static final AdjudicatedLine MASSAGE_CO_288 = new AdjudicatedLine(1, "97124", 2, money("120.00"),
            money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"),
            List.of(new Adjustment("CO", "288", money("120.00"))), List.of("N29"));

    @Test
    void a_line_without_referral_is_denied_CO_288_and_the_referred_line_is_paid() {
        String member = member();
        String claimId = submitCommonVisit(member);

        kafka.publish(new VisitAuthorized(claimId, member, null, null, DOS, 0, 0, List.of(), List.of("97124")));
        CostShareRequested requested = kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        assertThat(requested.lines()).containsExactly(new PricedLine(2, "97140", 1, money("60.00"), money("32.00")));

        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(2, money("32.00"), money("0.00"), money("0.00"), money("6.40"),
                        money("25.60"), money("6.40"))),
                money("0.00"), money("1993.60"), 6, 20));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("PARTIALLY_PAID");
        assertThat(adjudicated.lines().get(0)).isEqualTo(MASSAGE_CO_288);
        assertThat(adjudicated.planPaid()).isEqualTo("25.60");
        ClaimsApi.assertBalanced(api.claim(claimId));
    }

    @Test
    void a_visit_not_authorized_for_want_of_a_referral_denies_every_line_CO_288_as_it_is() {
        String member = member();
        String claimId = submitCommonVisit(member);

        kafka.publish(new VisitNotAuthorized(claimId, member, null, DOS, "288", "N29",
                "no active referral of member " + member + " orders 97124, 97140 on " + DOS, List.of("97124", "97140")));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("DENIED");
        assertThat(adjudicated.lines()).extracting(AdjudicatedLine::adjustments).containsExactly(
                List.of(new Adjustment("CO", "288", money("120.00"))),
                List.of(new Adjustment("CO", "288", money("60.00"))));
        assertThat(adjudicated.lines()).allSatisfy(line -> assertThat(line.remarkCodes()).containsExactly("N29"));
        assertThat(adjudicated.patientResponsibility()).isEqualTo("0.00");
        ClaimsApi.assertBalanced(api.claim(claimId));
    }

    @Test
    void a_visit_not_authorized_keeps_CO_288_on_the_line_without_referral_and_its_reason_on_the_other() {
        String member = member();
        String claimId = submitCommonVisit(member);

        kafka.publish(new VisitNotAuthorized(claimId, member, null, DOS, "197", "M62",
                "no authorization on file for member " + member, List.of("97124")));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("DENIED");
        assertThat(adjudicated.lines()).containsExactly(MASSAGE_CO_288, new AdjudicatedLine(2, "97140", 1,
                money("60.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"),
                money("0.00"), List.of(new Adjustment("CO", "197", money("60.00"))), List.of("M62")));
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
