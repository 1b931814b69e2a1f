package org.medmassage.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.referral.fixtures.ReferralBodies.story;

import ca.uhn.fhir.context.FhirContext;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.medmassage.referral.fixtures.Submissions;
import org.medmassage.testsupport.Tokens;
import org.springframework.core.ParameterizedTypeReference;

/**
 * Issue 18 item 5: {@code GET /fhir/ServiceRequest/{id}} gives the story referral as FHIR R4 — 97124 and 97140,
 * reasonCode M54.50 (ICD-10-CM), 12 sessions, 2026-03-02 … 2026-04-12, the prescriber's NPI — parsed back here with
 * HAPI; another member's or an unknown referral is a 404 OperationOutcome.
 */
class ServiceRequestIntegrationTest extends ReferralServiceTest {

    private static final FhirContext R4 = FhirContext.forR4Cached();

    @Test
    void the_story_referral_reads_as_a_fhir_service_request() {
        String referralId = recorded("M-FHIR");

        String json = http().get().uri("/fhir/ServiceRequest/{id}", referralId)
                .headers(Tokens.asPrescriber(Submissions.STORY_NPI)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/fhir+json")
                .expectBody(String.class).returnResult().getResponseBody();

        ServiceRequest request = R4.newJsonParser().parseResource(ServiceRequest.class, json);
        assertThat(request.getIdPart()).isEqualTo(referralId);
        assertThat(request.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
        assertThat(request.getCode().getCoding()).extracting(coding -> coding.getSystem() + "|" + coding.getCode())
                .containsExactly("http://www.ama-assn.org/go/cpt|97124", "http://www.ama-assn.org/go/cpt|97140");
        assertThat(request.getReasonCode()).singleElement().satisfies(reason -> {
            assertThat(reason.getCodingFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/sid/icd-10-cm");
            assertThat(reason.getCodingFirstRep().getCode()).isEqualTo("M54.50");
        });
        assertThat(request.getQuantityQuantity().getValue()).isEqualByComparingTo("12");
        Period window = request.getOccurrencePeriod();
        assertThat(window.getStartElement().getValueAsString()).startsWith("2026-03-02");
        assertThat(window.getEndElement().getValueAsString()).startsWith("2026-04-12");
        assertThat(request.getRequester().getIdentifier().getValue()).isEqualTo(Submissions.STORY_NPI);
        assertThat(request.getSubject().getReference()).isEqualTo("Patient/M-FHIR");
        assertThat(request.getStatus()).isIn(ServiceRequest.ServiceRequestStatus.ACTIVE,
                ServiceRequest.ServiceRequestStatus.COMPLETED);
    }

    @Test
    void another_members_or_an_unknown_referral_is_a_404_operation_outcome() {
        String referralId = recorded("M-FHIR-OWNER");

        for (String id : new String[] {referralId, "no-such-referral"}) {
            String json = http().get().uri("/fhir/ServiceRequest/{id}", id).headers(Tokens.asMember("M-STRANGER"))
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType("application/fhir+json")
                    .expectBody(String.class).returnResult().getResponseBody();
            OperationOutcome outcome = R4.newJsonParser().parseResource(OperationOutcome.class, json);
            assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
            assertThat(outcome.getIssueFirstRep().getDiagnostics()).doesNotContain("M-FHIR-OWNER");
        }
    }

    private String recorded(String member) {
        Map<String, Object> created = http().post().uri("/referrals").headers(Tokens.asPrescriber(Submissions.STORY_NPI))
                .bodyValue(story(member)).exchange()
                .expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        return (String) created.get("referralId");
    }
}
