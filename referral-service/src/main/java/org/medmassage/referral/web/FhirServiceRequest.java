package org.medmassage.referral.web;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.medmassage.fhir.FhirJson;
import org.medmassage.referral.prescription.Referral;

/**
 * A referral as a FHIR R4 ServiceRequest (issue 18 item 5, RULEBOOK §8.3): the ordered procedures (CPT), the
 * diagnoses as reasonCode (ICD-10-CM, with the dot), the sessions as quantity, the validity window as
 * occurrencePeriod (MN-04, MN-05), the prescriber as requester (NPI). A translation at the edge: the referral itself
 * stays the domain's.
 */
final class FhirServiceRequest {

    private static final String CPT = "http://www.ama-assn.org/go/cpt";
    private static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    private static final String UCUM = "http://unitsofmeasure.org";

    private FhirServiceRequest() {
    }

    static String json(Referral referral) {
        return FhirJson.encode(of(referral));
    }

    static ServiceRequest of(Referral referral) {
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id().value());
        request.setStatus(status(referral));
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        CodeableConcept code = new CodeableConcept().setText("Medical massage, " + referral.sessions()
                + " sessions over " + referral.durationWeeks() + " weeks");
        referral.procedureCodes().forEach(cpt -> code.addCoding(new Coding(CPT, cpt, null)));
        request.setCode(code);
        referral.diagnosisCodes().forEach(dx -> request.addReasonCode(new CodeableConcept(new Coding(ICD_10_CM, dx,
                null))));
        request.setQuantity(new Quantity().setValue(referral.sessions()).setUnit("sessions")
                .setSystem(UCUM).setCode("{sessions}"));
        request.setOccurrence(new Period().setStart(FhirJson.date(referral.window().validFrom()))
                .setEnd(FhirJson.date(referral.window().validTo())));
        request.setAuthoredOn(FhirJson.date(referral.issuedOn()));
        request.setSubject(new Reference("Patient/" + referral.memberId()));
        request.setRequester(new Reference().setIdentifier(new Identifier().setSystem(NPI)
                .setValue(referral.prescriber().npi())).setDisplay(referral.prescriber().name()));
        return request;
    }

    /** FHIR request-status: an expired referral's order is over (completed); a revoked one is revoked. */
    private static ServiceRequest.ServiceRequestStatus status(Referral referral) {
        return switch (referral.status()) {
            case ACTIVE -> ServiceRequest.ServiceRequestStatus.ACTIVE;
            case REVOKED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            case EXPIRED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
        };
    }

}
