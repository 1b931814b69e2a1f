package org.medmassage.claims.web;

import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.explanation.EobAmounts;
import org.medmassage.claims.explanation.ExplanationOfBenefits;
import org.medmassage.events.NetworkTier;
import org.medmassage.fhir.FhirJson;

/**
 * A decided claim as a CARIN Blue Button professional ExplanationOfBenefit (issue 18 item 4, C4BB 2.0.0
 * Professional-NonClinician shape), built from the member's JSON EOB so the two agree to the cent: per item and in
 * total the submitted (billed), eligible (allowed), deductible, copay, coinsurance, discount (CO-45), noncovered
 * (other provider-liability adjustments), paidtoprovider (plan paid) and memberliability (you owe) amounts; the
 * network status as benefitpaymentstatus; each denied line's CARC as denialreason; payment = plan paid.
 */
final class CarinExplanationOfBenefit {

    private static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
    private static final String C4BB_ADJUDICATION = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";
    private static final String C4BB_DISCRIMINATOR =
            "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudicationDiscriminator";
    private static final String C4BB_STATUS = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBPayerAdjudicationStatus";
    private static final String CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
    private static final String PROFILE =
            "http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-ExplanationOfBenefit-Professional-NonClinician";

    private CarinExplanationOfBenefit() {
    }

    static String json(Claim claim, ExplanationOfBenefits eob) {
        return FhirJson.encode(of(claim, eob));
    }

    static String searchSet(List<ExplanationOfBenefit> found) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(found.size());
        found.forEach(eob -> bundle.addEntry().setFullUrl("ExplanationOfBenefit/" + eob.getIdElement().getIdPart())
                .setResource(eob).getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        return FhirJson.encode(bundle);
    }

    static ExplanationOfBenefit of(Claim claim, ExplanationOfBenefits eob) {
        ExplanationOfBenefit resource = new ExplanationOfBenefit();
        resource.setId(eob.claimId());
        resource.getMeta().addProfile(PROFILE);
        resource.addIdentifier(new Identifier().setSystem("urn:medmassage:claim").setValue(eob.claimId())
                .setType(new CodeableConcept(new Coding("http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBIdentifierType",
                        "uc", "Unique Claim ID"))));
        resource.setStatus(claim.status() == ClaimStatus.VOIDED ? ExplanationOfBenefit.ExplanationOfBenefitStatus.CANCELLED
                : ExplanationOfBenefit.ExplanationOfBenefitStatus.ACTIVE);
        resource.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/claim-type",
                "professional", "Professional")));
        resource.setUse(ExplanationOfBenefit.Use.CLAIM);
        resource.setPatient(new Reference("Patient/" + eob.memberId()));
        resource.setBillablePeriod(new Period().setStart(FhirJson.date(eob.dateOfService())).setEnd(FhirJson.date(eob.dateOfService())));
        resource.setCreated(FhirJson.date(eob.processedOn()));
        resource.setInsurer(new Reference().setDisplay(eob.paidBy().name() != null ? eob.paidBy().name() : "MedMassage"));
        resource.setProvider(new Reference().setIdentifier(new Identifier().setSystem("http://hl7.org/fhir/sid/us-npi")
                .setValue(eob.provider().npi())).setDisplay(eob.provider().name()));
        resource.setOutcome(claim.status() == ClaimStatus.PARTIALLY_PAID ? ExplanationOfBenefit.RemittanceOutcome.PARTIAL
                : ExplanationOfBenefit.RemittanceOutcome.COMPLETE);
        for (int i = 0; i < claim.header().diagnosisCodes().size(); i++) {
            resource.addDiagnosis().setSequence(i + 1).setDiagnosis(new CodeableConcept(new Coding(
                    "http://hl7.org/fhir/sid/icd-10-cm", claim.header().diagnosisCodes().get(i), null)));
        }
        String network = claim.networkTier() == NetworkTier.IN_NETWORK ? "innetwork" : "outofnetwork";
        claim.remittance().orElseThrow().lines().forEach(line -> {
            ExplanationOfBenefits.Service service = eob.services().stream()
                    .filter(candidate -> candidate.lineNumber() == line.lineNumber()).findFirst().orElseThrow();
            ExplanationOfBenefit.ItemComponent item = resource.addItem().setSequence(line.lineNumber());
            item.setProductOrService(new CodeableConcept(new Coding("http://www.ama-assn.org/go/cpt",
                    service.procedureCode(), service.description())));
            item.setServiced(new org.hl7.fhir.r4.model.DateType(eob.dateOfService().toString()));
            item.setQuantity((SimpleQuantity) new SimpleQuantity().setValue(service.units()));
            item.addAdjudication().setCategory(new CodeableConcept(new Coding(C4BB_DISCRIMINATOR,
                    "benefitpaymentstatus", null))).setReason(new CodeableConcept(new Coding(C4BB_STATUS, network, null)));
            amounts(service.amounts()).forEach(item::addAdjudication);
            line.adjustments().stream().filter(adjustment -> line.denied()).forEach(adjustment -> item.addAdjudication()
                    .setCategory(new CodeableConcept(new Coding(C4BB_DISCRIMINATOR, "denialreason", null)))
                    .setReason(new CodeableConcept(new Coding(CARC, adjustment.carc(), null))));
        });
        amounts(eob.totals()).forEach(adjudication -> resource.addTotal().setCategory(adjudication.getCategory())
                .setAmount(adjudication.getAmount()));
        resource.getPayment().setAmount(usd(eob.totals().planPaid())).setDate(FhirJson.date(eob.processedOn()));
        return resource;
    }

    private static List<ExplanationOfBenefit.AdjudicationComponent> amounts(EobAmounts amounts) {
        return List.of(
                adjudication(ADJUDICATION, "submitted", amounts.billed()),
                adjudication(ADJUDICATION, "eligible", amounts.allowed()),
                adjudication(ADJUDICATION, "deductible", amounts.appliedToDeductible()),
                adjudication(ADJUDICATION, "copay", amounts.copay()),
                adjudication(C4BB_ADJUDICATION, "coinsurance", amounts.coinsurance()),
                adjudication(C4BB_ADJUDICATION, "discount", amounts.planDiscount()),
                adjudication(C4BB_ADJUDICATION, "noncovered", amounts.notBillableToYou()),
                adjudication(C4BB_ADJUDICATION, "paidtoprovider", amounts.planPaid()),
                adjudication(C4BB_ADJUDICATION, "memberliability", amounts.youOwe()));
    }

    private static ExplanationOfBenefit.AdjudicationComponent adjudication(String system, String code,
            BigDecimal amount) {
        return new ExplanationOfBenefit.AdjudicationComponent()
                .setCategory(new CodeableConcept(new Coding(system, code, null))).setAmount(usd(amount));
    }

    private static Money usd(BigDecimal amount) {
        return new Money().setValue(amount).setCurrency("USD");
    }

    static String outcome(OperationOutcome.IssueType type, String diagnostics) {
        return FhirJson.encode(FhirJson.outcome(type, null, diagnostics));
    }
}
