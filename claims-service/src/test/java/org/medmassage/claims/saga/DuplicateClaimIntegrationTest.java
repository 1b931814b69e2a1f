package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
 * Issue 13 item 2: a claim repeating member, rendering provider, date of service, code and units of a standing claim
 * is denied OA-18 at intake. Wholly a duplicate, it is DENIED at once and announced only as ClaimAdjudicated: no
 * SessionBilled (authorization consumes no visit), no CostShareRequested (benefits posts no accumulator). A partial
 * one goes through the saga for its other lines; a claim sent again after a void is paid.
 */
class DuplicateClaimIntegrationTest extends ClaimsServiceTest {

    @Test
    void the_same_claim_twice_denies_the_second_OA_18_without_asking_authorization_or_benefits() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        String original = paidClaim(member, claim);

        ClaimsApi.Answer again = api.post(claim, null);

        String duplicate = again.claimId();
        assertThat(again.body().get("status").asString()).isEqualTo("DENIED");
        ClaimAdjudicated denied = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(duplicate));
        assertThat(denied).isEqualTo(new ClaimAdjudicated(duplicate, member, DOS, "DENIED", money("120.00"),
                money("0.00"), money("0.00"), money("0.00"), List.of(new AdjudicatedLine(1, "97124", 2,
                money("120.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"),
                money("0.00"), List.of(new Adjustment("OA", "18", money("120.00"))), List.of()))));
        JsonNode stored = api.claim(duplicate);
        assertThat(stored.get("denialReason").asString())
                .isEqualTo("OA-18: 97124 x2 on 2026-03-10 is an exact duplicate of line 1 of claim " + original);
        ClaimsApi.assertBalanced(stored);
        assertThat(publishedSoFar(SessionBilled.class, event -> event.claimId().equals(duplicate))).isEmpty();
        assertThat(publishedSoFar(CostShareRequested.class, event -> event.claimId().equals(duplicate))).isEmpty();
        assertThat(api.claim(original).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void identical_claims_sent_together_make_one_original_and_duplicates_only() throws Exception {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");

        List<ClaimsApi.Answer> answers = IdempotentIntakeIntegrationTest.concurrently(3, () -> api.post(claim, null));

        assertThat(answers).extracting(answer -> answer.body().get("status").asString())
                .containsExactlyInAnyOrder("RECEIVED", "DENIED", "DENIED");
        String received = answers.stream().filter(answer -> answer.body().get("status").asString().equals("RECEIVED"))
                .findFirst().orElseThrow().claimId();
        assertThat(publishedSoFar(SessionBilled.class, event -> event.memberId().equals(member)))
                .extracting(SessionBilled::claimId).containsExactly(received);
        assertThat(publishedSoFar(ClaimAdjudicated.class, event -> event.memberId().equals(member)))
                .extracting(ClaimAdjudicated::status).containsExactly("DENIED", "DENIED");
    }

    @Test
    void a_claim_sent_again_after_its_void_is_paid() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        String original = paidClaim(member, claim);
        api.voidClaim(original, "Billed with the wrong diagnosis.");

        String resubmitted = paidClaim(member, claim);

        assertThat(resubmitted).isNotEqualTo(original);
        assertThat(api.claim(resubmitted).get("status").asString()).isEqualTo("PAID");
        assertThat(api.claim(original).get("status").asString()).isEqualTo("VOIDED");
    }

    @Test
    void a_partial_overlap_denies_the_repeated_line_OA_18_and_pays_the_other() {
        String member = member();
        paidClaim(member, ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));

        String claimId = api.submit(ClaimsApi.commonVisit(member, NPI, DOS));

        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId)).procedureCodes())
                .containsExactly("97140");
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 2, 11));
        assertThat(kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId)).lines())
                .containsExactly(new PricedLine(2, "97140", 1, money("60.00"), money("38.00")));
        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(2, money("38.00"), money("0.00"), money("0.00"), money("7.60"),
                        money("30.40"), money("7.60"))),
                money("0.00"), money("1992.40"), 2, 20));
        ClaimAdjudicated adjudicated = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));

        assertThat(adjudicated.status()).isEqualTo("PARTIALLY_PAID");
        assertThat(adjudicated.lines()).extracting(AdjudicatedLine::adjustments).containsExactly(
                List.of(new Adjustment("OA", "18", money("120.00"))),
                List.of(new Adjustment("CO", "45", money("22.00")), new Adjustment("PR", "2", money("7.60"))));
        assertThat(adjudicated.planPaid()).isEqualTo("30.40");
        assertThat(adjudicated.patientResponsibility()).isEqualTo("7.60");
        ClaimsApi.assertBalanced(api.claim(claimId));
    }

    /** Submitted, authorized and cost-shared: 97124 ×2, $120.00 charged, $80.00 allowed, all to the deductible. */
    private String paidClaim(String member, Map<String, Object> claim) {
        String claimId = api.submit(claim);
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("80.00"), money("80.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("80.00"))),
                money("420.00"), money("2920.00"), 1, 20));
        assertThat(kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId)).status())
                .isEqualTo("PAID");
        return claimId;
    }
}
