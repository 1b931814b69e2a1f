package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.testsupport.Tokens;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 item 4: the story's claim 1 (97124 × 2, 120.00 billed, 80.00 allowed, all to the deductible) read by its
 * member as a CARIN Blue Button ExplanationOfBenefit — allowed 80.00, deductible 80.00, plan paid 0.00, the same
 * figures as the JSON EOB — alone and in the member's search; another member gets a 404 OperationOutcome.
 */
class CarinExplanationOfBenefitIntegrationTest extends ClaimsServiceTest {

    private static final FhirContext R4 = FhirContext.forR4Cached();

    @Test
    void the_story_claim_reads_as_a_carin_eob_with_the_json_eobs_figures() {
        String member = member();
        String claimId = paid(member);

        ExplanationOfBenefit eob = R4.newJsonParser().parseResource(ExplanationOfBenefit.class,
                read(Tokens.asMember(member), "/fhir/ExplanationOfBenefit/" + claimId, 200));

        assertThat(total(eob, "eligible")).isEqualByComparingTo("80.00");
        assertThat(total(eob, "deductible")).isEqualByComparingTo("80.00");
        assertThat(total(eob, "paidtoprovider")).isEqualByComparingTo("0.00");
        assertThat(total(eob, "submitted")).isEqualByComparingTo("120.00");
        assertThat(total(eob, "memberliability")).isEqualByComparingTo("80.00");
        assertThat(eob.getPayment().getAmount().getValue()).isEqualByComparingTo("0.00");
        assertThat(eob.getItemFirstRep().getProductOrService().getCodingFirstRep().getCode()).isEqualTo("97124");
        assertThat(eob.getItemFirstRep().getAdjudication()).anySatisfy(adjudication -> {
            assertThat(adjudication.getCategory().getCodingFirstRep().getCode()).isEqualTo("benefitpaymentstatus");
            assertThat(adjudication.getReason().getCodingFirstRep().getCode()).isEqualTo("innetwork");
        });
        JsonNode json = api.eob(claimId).get("totals");
        assertThat(total(eob, "eligible")).isEqualByComparingTo(json.get("allowed").decimalValue());
        assertThat(total(eob, "memberliability")).isEqualByComparingTo(json.get("youOwe").decimalValue());
        assertThat(total(eob, "discount")).isEqualByComparingTo(json.get("planDiscount").decimalValue());

        Bundle search = R4.newJsonParser().parseResource(Bundle.class,
                read(Tokens.asMember(member), "/fhir/ExplanationOfBenefit?patient=" + member, 200));
        assertThat(search.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(search.getEntry()).extracting(entry -> entry.getResource().getIdElement().getIdPart())
                .containsExactly(claimId);
    }

    @Test
    void another_members_claim_or_search_is_a_404_operation_outcome() {
        String member = member();
        String claimId = paid(member);

        for (String path : List.of("/fhir/ExplanationOfBenefit/" + claimId, "/fhir/ExplanationOfBenefit?patient="
                + member)) {
            OperationOutcome outcome = R4.newJsonParser().parseResource(OperationOutcome.class,
                    read(Tokens.asMember("M-STRANGER"), path, 404));
            assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
        }
    }

    private String read(java.util.function.Consumer<org.springframework.http.HttpHeaders> token, String uri,
            int status) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build().get().uri(uri).headers(token).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith("application/fhir+json")
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static BigDecimal total(ExplanationOfBenefit eob, String code) {
        return eob.getTotal().stream().filter(total -> code.equals(total.getCategory().getCodingFirstRep().getCode()))
                .map(total -> total.getAmount().getValue()).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    /** Submitted, authorized and cost-shared: 97124 ×2, $120.00 charged, $80.00 allowed, all to the deductible. */
    private String paid(String member) {
        String claimId = api.submit(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"));
        kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", DOS, 1, 11));
        kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        kafka.publish(new CostShareApplied(claimId, member, DOS, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money("80.00"), money("80.00"), money("0.00"), money("0.00"),
                        money("0.00"), money("80.00"))),
                money("420.00"), money("2920.00"), 1, 20));
        kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));
        return claimId;
    }
}
