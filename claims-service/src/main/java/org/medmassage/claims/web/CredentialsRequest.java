package org.medmassage.claims.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medmassage.claims.credentials.CredentialingEntry;
import org.medmassage.claims.credentials.CredentialingHistory;
import org.medmassage.claims.credentials.CredentialingStatus;
import org.medmassage.claims.credentials.Licence;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.claims.credentials.Taxonomy;
import org.medmassage.codesets.TaxonomyCodeSet;
import org.medmassage.codesets.UsStates;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * The credentials part of PUT /providers/{npi} (issue 19 item 1), each part optional so that older bodies keep
 * working. Shape is checked by Bean Validation on the request (400); {@link #problems} checks the rules (422), all at
 * once, before anything is stored.
 */
record CredentialsRequest(List<String> taxonomyCodes, AddressRequest practiceAddress, List<LicenceRequest> licences,
        List<CredentialingRequest> credentialing) {

    record AddressRequest(@NotBlank @Size(max = 200) String line1, @NotBlank @Size(max = 100) String city,
            @NotNull String state, @NotNull @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?",
                    message = "must be a ZIP code: 5 digits, or ZIP+4 as 12345-6789") String postalCode) {
    }

    record LicenceRequest(@NotBlank @Size(max = 10) String type, @NotBlank @Size(max = 50) String number,
            @NotNull String state, @NotNull LocalDate validFrom, LocalDate validTo) {
    }

    record CredentialingRequest(@NotNull CredentialingStatus status, @NotNull LocalDate effectiveFrom) {
    }

    List<String> taxonomyCodesOrNone() {
        return taxonomyCodes == null ? List.of() : taxonomyCodes;
    }

    List<LicenceRequest> licencesOrNone() {
        return licences == null ? List.of() : licences;
    }

    List<CredentialingRequest> credentialingOrNone() {
        return credentialing == null ? List.of() : credentialing;
    }

    /** Every rule the credentials break, with the field that breaks it; none when they can be stored. */
    List<FieldProblem> problems(TaxonomyCodeSet taxonomies, LocalDate today, Period horizon) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> codes = taxonomyCodesOrNone();
        for (int i = 0; i < codes.size(); i++) {
            if (!taxonomies.isKnown(codes.get(i))) {
                problems.add(new FieldProblem("taxonomyCodes[" + i + "]", "NuccTaxonomy", codes.get(i)
                        + " is not a NUCC provider taxonomy code known to the plan (e.g. 225700000X massage therapist)"));
            }
        }
        if (practiceAddress != null) {
            state("practiceAddress.state", practiceAddress.state()).ifPresent(problems::add);
        }
        for (int i = 0; i < licencesOrNone().size(); i++) {
            LicenceRequest licence = licences.get(i);
            state("licences[" + i + "].state", licence.state()).ifPresent(problems::add);
            if (licence.validTo() != null && licence.validTo().isBefore(licence.validFrom())) {
                problems.add(new FieldProblem("licences[" + i + "].validTo", "LicencePeriod", "a licence cannot end ("
                        + licence.validTo() + ") before it starts (" + licence.validFrom() + ")"));
            }
        }
        problems.addAll(credentialingProblems(today, horizon));
        return problems;
    }

    private List<FieldProblem> credentialingProblems(LocalDate today, Period horizon) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate latest = today.plus(horizon);
        Map<LocalDate, Integer> firstOn = new HashMap<>();
        for (int i = 0; i < credentialingOrNone().size(); i++) {
            LocalDate from = credentialing.get(i).effectiveFrom();
            String field = "credentialing[" + i + "].effectiveFrom";
            if (from.isAfter(latest)) {
                problems.add(new FieldProblem(field, "CredentialingHorizon", "a credentialing change may be dated at"
                        + " most " + horizon + " ahead (until " + latest + "), not " + from));
            }
            Integer earlier = firstOn.putIfAbsent(from, i);
            if (earlier != null) {
                problems.add(new FieldProblem(field, "DistinctEffectiveDates", "credentialing[" + earlier
                        + "] is effective on the same date " + from + ": one status per date"));
            }
        }
        return problems;
    }

    private static Optional<FieldProblem> state(String field, String code) {
        return UsStates.isKnown(code) ? Optional.empty() : Optional.of(new FieldProblem(field,
                "UspsState", code + " is not a USPS state or territory code (e.g. WA, NY, DC, PR)"));
    }

    /** The credentials once {@link #problems} found none. */
    ProviderCredentials credentials() {
        return new ProviderCredentials(taxonomyCodesOrNone().stream().map(Taxonomy::new).toList(),
                practiceAddress == null ? null : new PracticeAddress(practiceAddress.line1(), practiceAddress.city(),
                        practiceAddress.state(), practiceAddress.postalCode()),
                licencesOrNone().stream().map(licence -> new Licence(licence.type(), licence.number(), licence.state(),
                        licence.validFrom(), licence.validTo())).toList(),
                new CredentialingHistory(credentialingOrNone().stream()
                        .map(entry -> new CredentialingEntry(entry.status(), entry.effectiveFrom())).toList()));
    }

    /** What is stored, in the request's shape. */
    static CredentialsRequest of(ProviderCredentials credentials) {
        return new CredentialsRequest(credentials.taxonomies().stream().map(Taxonomy::code).toList(),
                credentials.address().map(address -> new AddressRequest(address.line1(), address.city(),
                        address.state(), address.postalCode())).orElse(null),
                credentials.licences().stream().map(licence -> new LicenceRequest(licence.type(), licence.number(),
                        licence.state(), licence.validFrom(), licence.validTo())).toList(),
                credentials.credentialing().entries().stream()
                        .map(entry -> new CredentialingRequest(entry.status(), entry.effectiveFrom())).toList());
    }
}
