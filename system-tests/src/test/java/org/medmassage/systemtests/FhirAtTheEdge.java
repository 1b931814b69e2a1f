package org.medmassage.systemtests;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.medmassage.fhir.FhirJson;

/**
 * An EHR and a patient's app as issue 18 meets them (decision 0079): a Da Vinci PAS request Bundle for a referral's
 * visits, its answers, and the member's CARIN Blue Button EOB.
 */
final class FhirAtTheEdge {

    private static final String PAS = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/";

    private final SystemUnderTest system;
    private final WorkedExampleFixture payer;

    FhirAtTheEdge(SystemUnderTest system, WorkedExampleFixture payer) {
        this.system = system;
        this.payer = payer;
    }

    /** The clinic asks PAS {@code $submit} for {@code visits} visits of 97124 on the referral; answers the ClaimResponse. */
    ClaimResponse submit(String npi, String member, String referralId, int visits, LocalDate firstDay) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Organization clinic = new Organization();
        clinic.setId("Clinic");
        clinic.addIdentifier(new Identifier().setSystem("http://hl7.org/fhir/sid/us-npi").setValue(npi));
        Coverage coverage = new Coverage().setSubscriberId(member);
        coverage.setId("Coverage1");
        Claim claim = new Claim().setUse(Claim.Use.PREAUTHORIZATION).setStatus(Claim.ClaimStatus.ACTIVE);
        claim.setId("Request1");
        claim.setProvider(new Reference("Organization/Clinic"));
        claim.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference("Coverage/Coverage1"));
        Claim.ItemComponent item = claim.addItem().setSequence(1)
                .setProductOrService(new CodeableConcept(new Coding("http://www.ama-assn.org/go/cpt", "97124", null)))
                .setQuantity(new Quantity().setValue(BigDecimal.valueOf(visits)))
                .setServiced(new Period().setStart(FhirJson.date(firstDay)));
        item.addExtension(new Extension(PAS + "extension-requestedService",
                new Reference("ServiceRequest/" + referralId)));
        bundle.addEntry().setFullUrl("Claim/Request1").setResource(claim);
        bundle.addEntry().setFullUrl("Organization/Clinic").setResource(clinic);
        bundle.addEntry().setFullUrl("Coverage/Coverage1").setResource(coverage);
        return claimResponse(payer.provider(npi).post(authorizations("/fhir/Claim/$submit"), FhirJson.encode(bundle))
                .requireStatusRaw(200));
    }

    /** PAS {@code $inquire} for the authorization a ClaimResponse named. */
    ClaimResponse inquire(String npi, ClaimResponse answered) {
        Bundle inquiry = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Claim claim = new Claim().setUse(Claim.Use.PREAUTHORIZATION);
        claim.addIdentifier(answered.getIdentifierFirstRep().copy());
        inquiry.addEntry().setResource(claim);
        return claimResponse(payer.provider(npi).post(authorizations("/fhir/Claim/$inquire"), FhirJson.encode(inquiry))
                .requireStatusRaw(200));
    }

    /** The member's app reads the claim's CARIN Blue Button EOB. */
    ExplanationOfBenefit explanationOfBenefit(String member, String claimId) {
        return FhirJson.parse(ExplanationOfBenefit.class, payer.member(member)
                .get(system.baseUrl("claims-service") + "/fhir/ExplanationOfBenefit/" + claimId).requireStatusRaw(200));
    }

    static String reviewAction(ClaimResponse response) {
        Extension action = response.getItemFirstRep().getAdjudicationFirstRep().getExtensionByUrl(
                PAS + "extension-reviewAction");
        return ((CodeableConcept) action.getExtensionByUrl(PAS + "extension-reviewActionCode").getValue())
                .getCodingFirstRep().getCode();
    }

    static BigDecimal total(ExplanationOfBenefit eob, String category) {
        return eob.getTotal().stream()
                .filter(total -> category.equals(total.getCategory().getCodingFirstRep().getCode()))
                .map(total -> total.getAmount().getValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no total " + category));
    }

    private static ClaimResponse claimResponse(String bundleJson) {
        return FhirJson.parse(Bundle.class, bundleJson).getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource).filter(ClaimResponse.class::isInstance)
                .map(ClaimResponse.class::cast).findFirst().orElseThrow();
    }

    private String authorizations(String path) {
        return system.baseUrl("authorization-service") + path;
    }
}
