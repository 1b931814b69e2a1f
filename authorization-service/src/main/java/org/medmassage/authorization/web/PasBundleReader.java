package org.medmassage.authorization.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.medmassage.authorization.decision.Priority;

/**
 * Reads a Da Vinci PAS request Bundle (issue 18 item 3, RULEBOOK §6.5) into the fields of {@code POST /authorizations},
 * naming each problem by its FHIRPath location: the Claim (use = preauthorization), the member from the focal
 * Coverage's subscriberId (else the Patient's identifier), the provider's NPI, the referral (the ServiceRequest the
 * item requests, by its id: the id {@code GET /fhir/ServiceRequest/{id}} gives), the CPT codes, the visits (the items'
 * quantity) and the first day (servicedPeriod.start or servicedDate); priority stat or level of service U is expedited.
 */
final class PasBundleReader {

    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    private static final String REQUESTED_SERVICE =
            "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-requestedService";
    private static final String LEVEL_OF_SERVICE =
            "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-levelOfServiceCode";

    /** The request's fields, or the problems found, each a FHIRPath location and what is wrong there. */
    record Read(AuthorizationRequestBody body, Claim claim, List<Problem> problems) {
    }

    record Problem(String location, String diagnostics) {
    }

    private final Bundle bundle;
    private final List<Problem> problems = new ArrayList<>();

    private PasBundleReader(Bundle bundle) {
        this.bundle = bundle;
    }

    static Read read(Bundle bundle) {
        return new PasBundleReader(bundle).read();
    }

    /** The Claim of an inquiry or a submission: the Bundle's first. */
    static Optional<Claim> claimOf(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Claim.class::isInstance).map(Claim.class::cast).findFirst();
    }

    private Read read() {
        Optional<Claim> found = claimOf(bundle);
        if (found.isEmpty()) {
            return new Read(null, null, List.of(new Problem("Bundle.entry", "a PAS request Bundle holds a Claim")));
        }
        Claim claim = found.get();
        if (claim.getUse() != Claim.Use.PREAUTHORIZATION) {
            return new Read(null, claim, List.of(new Problem("Claim.use", "$submit takes a Claim with use"
                    + " 'preauthorization', not '" + (claim.getUse() == null ? "" : claim.getUse().toCode()) + "'")));
        }
        String member = member(claim);
        String npi = providerNpi(claim);
        String referral = referral(claim);
        List<String> codes = new ArrayList<>();
        int visits = 0;
        LocalDate start = null;
        for (int i = 0; i < claim.getItem().size(); i++) {
            Claim.ItemComponent item = claim.getItem().get(i);
            String at = "Claim.item[" + i + "]";
            String code = item.getProductOrService().getCodingFirstRep().getCode();
            if (code == null || !code.matches("[0-9]{4}[0-9A-Z]")) {
                problems.add(new Problem(at + ".productOrService", "a CPT code such as 97124, not '" + code + "'"));
            } else {
                codes.add(code);
            }
            visits = Math.max(visits, item.getQuantity().getValue() == null ? 0 : item.getQuantity().getValue().intValue());
            start = start != null ? start : startOf(item);
        }
        if (claim.getItem().isEmpty()) {
            problems.add(new Problem("Claim.item", "a PAS Claim names the services requested"));
        }
        if (visits < 1) {
            problems.add(new Problem("Claim.item.quantity", "the number of visits requested, at least 1"));
        }
        if (start == null) {
            problems.add(new Problem("Claim.item.serviced[x]", "the first day of the services (servicedPeriod.start"
                    + " or servicedDate)"));
        }
        if (!problems.isEmpty()) {
            return new Read(null, claim, List.copyOf(problems));
        }
        return new Read(new AuthorizationRequestBody(member, referral, npi, List.copyOf(codes), visits, start,
                priority(claim), null, null), claim, List.of());
    }

    private String member(Claim claim) {
        Optional<String> subscriber = claim.getInsurance().stream()
                .filter(insurance -> insurance.getFocal() || claim.getInsurance().size() == 1)
                .map(insurance -> resolve(insurance.getCoverage())).flatMap(Optional::stream)
                .filter(Coverage.class::isInstance).map(Coverage.class::cast)
                .map(Coverage::getSubscriberId).filter(id -> id != null && !id.isBlank()).findFirst();
        Optional<String> patient = resolve(claim.getPatient()).filter(Patient.class::isInstance)
                .map(Patient.class::cast).map(p -> p.getIdentifierFirstRep().getValue());
        return required(subscriber.or(() -> patient), "Claim.insurance.coverage",
                "the member: the focal Coverage's subscriberId (or the Patient's identifier)");
    }

    private String providerNpi(Claim claim) {
        Optional<String> npi = resolve(claim.getProvider()).flatMap(this::npiOf);
        return required(npi, "Claim.provider", "the requesting provider's NPI (" + NPI + ")");
    }

    private Optional<String> npiOf(Resource provider) {
        if (provider instanceof PractitionerRole role) {
            return resolve(role.getPractitioner()).flatMap(this::npiOf);
        }
        List<Identifier> identifiers = provider instanceof Organization organization ? organization.getIdentifier()
                : provider instanceof Practitioner practitioner ? practitioner.getIdentifier() : List.of();
        return identifiers.stream().filter(id -> NPI.equals(id.getSystem())).map(Identifier::getValue).findFirst();
    }

    private String referral(Claim claim) {
        Optional<String> fromClaim = Optional.ofNullable(claim.getReferral().getReferenceElement().getIdPart());
        Optional<String> fromItem = claim.getItem().stream()
                .map(item -> item.getExtensionByUrl(REQUESTED_SERVICE)).filter(ext -> ext != null)
                .map(Extension::getValue).filter(Reference.class::isInstance).map(Reference.class::cast)
                .map(reference -> reference.getReferenceElement().getIdPart()).filter(id -> id != null).findFirst();
        return required(fromClaim.or(() -> fromItem), "Claim.item.extension:requestedService",
                "the referral: a ServiceRequest reference with the referral's id");
    }

    private static LocalDate startOf(Claim.ItemComponent item) {
        Date start = item.hasServicedPeriod() ? item.getServicedPeriod().getStart()
                : item.hasServicedDateType() ? item.getServicedDateType().getValue() : null;
        return start == null ? null : start.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Priority priority(Claim claim) {
        boolean stat = "stat".equals(claim.getPriority().getCodingFirstRep().getCode());
        Extension level = claim.getExtensionByUrl(LEVEL_OF_SERVICE);
        boolean urgent = level != null && level.getValue() instanceof org.hl7.fhir.r4.model.CodeableConcept concept
                && "U".equals(concept.getCodingFirstRep().getCode());
        return stat || urgent ? Priority.EXPEDITED : Priority.STANDARD;
    }

    private String required(Optional<String> value, String location, String what) {
        if (value.isEmpty()) {
            problems.add(new Problem(location, "missing " + what));
            return null;
        }
        return value.get();
    }

    // a reference inside the Bundle, by fullUrl or by type/id
    private Optional<Resource> resolve(Reference reference) {
        if (reference == null || reference.getReference() == null) {
            return Optional.ofNullable(reference).map(Reference::getResource).filter(Resource.class::isInstance)
                    .map(Resource.class::cast);
        }
        String wanted = reference.getReference();
        return bundle.getEntry().stream()
                .filter(entry -> entry.getResource() != null && (wanted.equals(entry.getFullUrl())
                        || (entry.getFullUrl() != null && entry.getFullUrl().endsWith("/" + wanted))
                        || wanted.equals(typeAndId(entry.getResource()))))
                .map(Bundle.BundleEntryComponent::getResource).findFirst();
    }

    private static String typeAndId(IBaseResource resource) {
        return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }
}
