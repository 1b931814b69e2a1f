package org.medmassage.authorization.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.medmassage.fhir.FhirJson;

/**
 * The PAS response Bundle (issue 18 item 3, RULEBOOK §6.5): a ClaimResponse whose items carry the X12 306 review
 * action (A1 certified in total, A2 in part, A3 not certified, A4 pended) with the authorization number, the
 * certified period, outcome complete (decided) or queued (pended, to follow up with {@code $inquire}); the
 * identifier is the authorization's id, which an inquiry names.
 */
final class PasClaimResponses {

    static final String AUTHORIZATION_ID = "urn:medmassage:authorization";
    private static final String PAS = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/";
    private static final String X12_306 = "https://codesystem.x12.org/005010/306";
    private static final Map<String, String> REVIEW_ACTIONS = Map.of("A1", "Certified in total",
            "A2", "Certified - partial", "A3", "Not Certified", "A4", "Pended");

    private PasClaimResponses() {
    }

    static String bundle(AuthorizationResponse authorization, Claim request, Instant now) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(Date.from(now));
        bundle.addEntry().setFullUrl("urn:uuid:" + authorization.authorizationId())
                .setResource(claimResponse(authorization, request, now));
        return FhirJson.encode(bundle);
    }

    private static ClaimResponse claimResponse(AuthorizationResponse authorization, Claim request, Instant now) {
        String code = authorization.x12ActionCode();
        ClaimResponse response = new ClaimResponse();
        response.setId(authorization.authorizationId());
        response.addIdentifier(new Identifier().setSystem(AUTHORIZATION_ID).setValue(authorization.authorizationId()));
        response.setStatus(ClaimResponse.ClaimResponseStatus.ACTIVE);
        response.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/claim-type",
                "professional", null)));
        response.setUse(ClaimResponse.Use.PREAUTHORIZATION);
        response.setPatient(request == null || !request.hasPatient()
                ? new Reference("Patient/" + authorization.memberId()) : request.getPatient());
        response.setCreated(Date.from(now));
        response.setInsurer(new Reference().setDisplay("MedMassage"));
        if (request != null && request.hasId()) {
            response.setRequest(new Reference("Claim/" + request.getIdElement().getIdPart()));
        }
        response.setOutcome("A4".equals(code) ? ClaimResponse.RemittanceOutcome.QUEUED
                : ClaimResponse.RemittanceOutcome.COMPLETE);
        response.setDisposition(authorization.reason() != null ? authorization.reason() : REVIEW_ACTIONS.get(code));
        if (authorization.validFrom() != null) {
            response.setPreAuthRef(authorization.authorizationNumber());
            response.setPreAuthPeriod(period(authorization.validFrom(), authorization.validTo()));
        }
        int items = request == null || request.getItem().isEmpty() ? 1 : request.getItem().size();
        for (int sequence = 1; sequence <= items; sequence++) {
            ClaimResponse.ItemComponent item = response.addItem().setItemSequence(sequence);
            ClaimResponse.AdjudicationComponent adjudication = item.addAdjudication().setCategory(new CodeableConcept(
                    new Coding("http://terminology.hl7.org/CodeSystem/adjudication", "submitted", null)));
            Extension reviewAction = new Extension(PAS + "extension-reviewAction");
            reviewAction.addExtension(new Extension("number", new StringType(authorization.authorizationNumber())));
            reviewAction.addExtension(new Extension(PAS + "extension-reviewActionCode",
                    new CodeableConcept(new Coding(X12_306, code, REVIEW_ACTIONS.get(code)))));
            if (authorization.reasonCode() != null) {
                reviewAction.addExtension(new Extension(PAS + "extension-reviewActionReasonCode",
                        new CodeableConcept().setText(authorization.reasonCode())));
            }
            adjudication.addExtension(reviewAction);
        }
        return response;
    }

    /** A FHIR OperationOutcome naming where the request is wrong: one issue per problem (location, what). */
    static String outcome(OperationOutcome.IssueType type, List<PasBundleReader.Problem> problems) {
        OperationOutcome outcome = new OperationOutcome();
        problems.forEach(problem -> FhirJson.addIssue(outcome, type, problem.location(), problem.diagnostics()));
        return FhirJson.encode(outcome);
    }

    private static Period period(LocalDate from, LocalDate to) {
        return new Period().setStart(FhirJson.date(from)).setEnd(FhirJson.date(to));
    }
}
