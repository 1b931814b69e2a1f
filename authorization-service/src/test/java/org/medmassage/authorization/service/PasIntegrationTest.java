package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.ISSUED_ON;
import static org.medmassage.authorization.service.ServiceFixtures.PROVIDER;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.referralOf;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.medmassage.support.security.Role;
import org.medmassage.testissuer.TestIssuer;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 18 item 3 (decision 0079): the Da Vinci PAS referral authorization example, adapted to the story (97124,
 * M54.50's referral), sent to {@code $submit} is approved A1 like {@code POST /authorizations}; one over the
 * auto-approval ceiling pends A4 (queued) and {@code $inquire} gives A1 once the reviewer approves; bad Bundles are
 * OperationOutcomes naming the location, with nothing stored.
 */
class PasIntegrationTest extends AuthorizationServiceTest {

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    private static final String X12_306 = "https://codesystem.x12.org/005010/306";

    @Test
    void the_pas_referral_example_for_12_visits_is_certified_in_total_A1() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverageRequiringPreAuth(kafka, member);
            recordReferral(kafka, member, 12);
        }

        ClaimResponse response = submit(example(member, 12), HttpStatus.OK);

        assertThat(response.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.COMPLETE);
        assertThat(reviewAction(response)).isEqualTo("A1");
        assertThat(response.getPreAuthRef()).isNotBlank();
        assertThat(response.getPreAuthPeriod().getStartElement().getValueAsString()).startsWith("2026-03-02");
        String id = response.getIdentifierFirstRep().getValue();
        assertThat(get(id)).containsEntry("x12ActionCode", "A1").containsEntry("approvedVisits", 12)
                .containsEntry("memberId", member).containsEntry("referralId", referralOf(member))
                .containsEntry("procedureCodes", List.of("97124"));
    }

    @Test
    void over_the_auto_approval_ceiling_it_pends_A4_and_inquire_answers_A1_after_the_reviewer() {
        String member = newMember();
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            coverageRequiringPreAuth(kafka, member);
            recordReferral(kafka, member, 16);
        }

        ClaimResponse pended = submit(example(member, 16), HttpStatus.OK);
        assertThat(pended.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.QUEUED);
        assertThat(reviewAction(pended)).isEqualTo("A4");
        String id = pended.getIdentifierFirstRep().getValue();

        reviewer().post().uri("/authorizations/{id}/decision", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "APPROVE", "reason", "16 visits for the documented deficits")).exchange()
                .expectStatus().isOk();

        Bundle inquiry = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Claim claim = new Claim().setUse(Claim.Use.PREAUTHORIZATION);
        claim.addIdentifier(new Identifier().setSystem("urn:medmassage:authorization").setValue(id));
        inquiry.addEntry().setResource(claim);
        ClaimResponse answered = responseOf(provider().post().uri("/fhir/Claim/$inquire").contentType(FHIR_JSON)
                .bodyValue(R4.newJsonParser().encodeResourceToString(inquiry)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(reviewAction(answered)).isEqualTo("A1");
        assertThat(answered.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.COMPLETE);
    }

    @Test
    void a_bundle_without_a_claim_a_claim_for_payment_or_no_member_is_an_operation_outcome_and_nothing_is_stored() {
        String member = newMember();
        Bundle noClaim = example(member, 12);
        noClaim.getEntry().removeIf(entry -> entry.getResource() instanceof Claim);
        Bundle forPayment = example(member, 12);
        claimOf(forPayment).setUse(Claim.Use.CLAIM);
        Bundle noMember = example(member, 12);
        noMember.getEntry().stream().filter(entry -> entry.getResource() instanceof Coverage)
                .forEach(entry -> ((Coverage) entry.getResource()).setSubscriberId(null));
        noMember.getEntry().stream().filter(entry -> entry.getResource() instanceof org.hl7.fhir.r4.model.Patient)
                .forEach(entry -> ((org.hl7.fhir.r4.model.Patient) entry.getResource()).setIdentifier(List.of()));

        assertThat(refused(R4.newJsonParser().encodeResourceToString(noClaim), HttpStatus.UNPROCESSABLE_CONTENT))
                .isEqualTo("Bundle.entry");
        assertThat(refused(R4.newJsonParser().encodeResourceToString(forPayment), HttpStatus.UNPROCESSABLE_CONTENT))
                .isEqualTo("Claim.use");
        assertThat(refused(R4.newJsonParser().encodeResourceToString(noMember), HttpStatus.UNPROCESSABLE_CONTENT))
                .isEqualTo("Claim.insurance.coverage");
        assertThat(refused("{\"resourceType\": \"Bundle\", ", HttpStatus.BAD_REQUEST)).isNull();
        assertThat(db.sql("select count(*) from prior_authorization where member_id = :member").bind("member", member)
                .map(row -> ((Number) row.get(0)).longValue()).one().block(Duration.ofSeconds(10))).isZero();
    }

    /** The IG's referral authorization request, adapted: the member, 97124, the visits, the referral, our NPI. */
    private static Bundle example(String member, int visits) {
        Bundle bundle = R4.newJsonParser().parseResource(Bundle.class, resource("/pas/Bundle-ReferralAuthorizationBundleExample.json"));
        bundle.getEntry().forEach(entry -> {
            if (entry.getResource() instanceof Coverage coverage) {
                coverage.setSubscriberId(member);
            }
            if (entry.getResource() instanceof Organization organization
                    && organization.getIdElement().getIdPart().equals("UMOExample")) {
                organization.getIdentifierFirstRep().setValue(PROVIDER);
            }
        });
        Claim.ItemComponent item = claimOf(bundle).getItemFirstRep();
        item.setProductOrService(new CodeableConcept(new Coding("http://www.ama-assn.org/go/cpt", "97124", null)));
        item.setQuantity(new Quantity().setValue(BigDecimal.valueOf(visits)));
        item.setServiced(new Period().setStart(Date.from(ISSUED_ON.atStartOfDay(ZoneOffset.UTC).toInstant())));
        Extension requested = item.getExtensionByUrl(
                "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-requestedService");
        requested.setValue(new Reference("ServiceRequest/" + referralOf(member)));
        return bundle;
    }

    private static Claim claimOf(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Claim.class::isInstance).map(Claim.class::cast).findFirst().orElseThrow();
    }

    private ClaimResponse submit(Bundle request, HttpStatus status) {
        return responseOf(provider().post().uri("/fhir/Claim/$submit").contentType(FHIR_JSON)
                .bodyValue(R4.newJsonParser().encodeResourceToString(request)).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(FHIR_JSON)
                .expectBody(String.class).returnResult().getResponseBody());
    }

    /** The first issue's FHIRPath location (null when it names none). */
    private String refused(String body, HttpStatus status) {
        String json = provider().post().uri("/fhir/Claim/$submit").contentType(FHIR_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(FHIR_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        OperationOutcome outcome = R4.newJsonParser().parseResource(OperationOutcome.class, json);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).isNotBlank();
        return outcome.getIssueFirstRep().getExpression().isEmpty() ? null
                : outcome.getIssueFirstRep().getExpression().get(0).getValue();
    }

    private static ClaimResponse responseOf(String json) {
        Bundle bundle = R4.newJsonParser().parseResource(Bundle.class, json);
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(ClaimResponse.class::isInstance).map(ClaimResponse.class::cast).findFirst().orElseThrow();
    }

    private static String reviewAction(ClaimResponse response) {
        Extension action = response.getItemFirstRep().getAdjudicationFirstRep().getExtensionByUrl(
                "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction");
        Coding code = ((CodeableConcept) action.getExtensionByUrl(
                "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewActionCode").getValue())
                .getCodingFirstRep();
        assertThat(code.getSystem()).isEqualTo(X12_306);
        return code.getCode();
    }

    private WebTestClient provider() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(Tokens.asProvider(PROVIDER)).build();
    }

    private WebTestClient reviewer() {
        String token = TestIssuer.get().sign(Tokens.claims(Role.REVIEWER, null, null).subject("reviewer-pas").build());
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).defaultHeaders(Tokens.bearer(token))
                .build();
    }

    private static String resource(String path) {
        try (InputStream in = Objects.requireNonNull(PasIntegrationTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
