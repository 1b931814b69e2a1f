package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import tools.jackson.databind.JsonNode;

/**
 * MN-07 (issue 13 item 5): a claim billed for wellness diagnoses only (Z73.3 stress, R53.83 fatigue, Z00.00 general
 * exam) is denied CO-50 at intake and announced only as ClaimAdjudicated: no SessionBilled (authorization consumes no
 * visit), no CostShareRequested (benefits posts nothing). A line pointing at one supporting diagnosis goes on.
 */
class WellnessDiagnosisIntegrationTest extends ClaimsServiceTest {

    @Test
    void a_claim_for_wellness_diagnoses_only_is_denied_CO_50_without_asking_authorization_or_benefits() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        claim.put("diagnosisCodes", List.of("Z73.3", "R53.83"));
        pointers(claim, List.of(1, 2));

        ClaimsApi.Answer answer = api.post(claim, null);

        String claimId = answer.claimId();
        assertThat(answer.body().get("status").asString()).isEqualTo("DENIED");
        ClaimAdjudicated denied = kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));
        assertThat(denied).isEqualTo(new ClaimAdjudicated(claimId, member, DOS, "DENIED", money("120.00"),
                money("0.00"), money("0.00"), money("0.00"), List.of(new AdjudicatedLine(1, "97124", 2,
                money("120.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"), money("0.00"),
                money("0.00"), List.of(new Adjustment("CO", "50", money("120.00"))), List.of()))));
        JsonNode stored = api.claim(claimId);
        assertThat(stored.get("status").asString()).isEqualTo("DENIED");
        assertThat(stored.get("denialReason").asString()).isEqualTo("CO-50: 97124 is billed for wellness diagnoses"
                + " only (Z73.3, R53.83), which do not establish medical necessity");
        ClaimsApi.assertBalanced(stored);
        assertThat(publishedSoFar(SessionBilled.class, event -> event.claimId().equals(claimId))).isEmpty();
        assertThat(publishedSoFar(CostShareRequested.class, event -> event.claimId().equals(claimId))).isEmpty();
    }

    @Test
    void a_claim_whose_line_points_at_a_supporting_diagnosis_beside_a_wellness_code_goes_to_authorization() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        claim.put("diagnosisCodes", List.of("Z73.3", "M54.50"));
        pointers(claim, List.of(1, 2));

        String claimId = api.submit(claim);

        assertThat(kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId)).procedureCodes())
                .containsExactly("97124");
        assertThat(api.claim(claimId).get("status").asString()).isEqualTo("RECEIVED");
    }

    private static void pointers(Map<String, Object> claim, List<Integer> pointers) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) claim.get("lines");
        List<Map<String, Object>> pointed = new ArrayList<>();
        for (Map<String, Object> line : lines) {
            Map<String, Object> copy = new HashMap<>(line);
            copy.put("diagnosisPointers", pointers);
            pointed.add(copy);
        }
        claim.put("lines", pointed);
    }
}
