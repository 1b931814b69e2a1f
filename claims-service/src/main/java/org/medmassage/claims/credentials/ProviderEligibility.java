package org.medmassage.claims.credentials;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * RULEBOOK §1.3: the rendering provider may be paid on the date of service only when credentialed with the payer on
 * that date (CO-185 N570 otherwise: pending, terminated, or not yet) and licensed on that date in the state of service,
 * the practice address's (CO-185 N95 otherwise: a licence of another state does not count). A provider with no
 * credentials on file is paid as before unless the payer requires credentials (decision 0060). The rule judges the
 * provider, not a line, so it denies every line of the claim or none.
 */
public final class ProviderEligibility {

    private final boolean credentialsRequired;

    public ProviderEligibility(boolean credentialsRequired) {
        this.credentialsRequired = credentialsRequired;
    }

    /** Every line of {@code claim} denied CO-185 when its rendering provider cannot be paid on its DOS; else none. */
    public List<UncoveredLine> deniedLines(Claim claim, ProviderCredentials credentials) {
        return judge(claim.header().renderingProviderNpi(), credentials, claim.dateOfService())
                .map(rejection -> claim.lines().stream()
                        .map(line -> new UncoveredLine(line.lineNumber(), rejection)).toList())
                .orElse(List.of());
    }

    /** Why the provider cannot be paid for a service on {@code dateOfService}, or empty when it can. */
    public Optional<CodedRejection> judge(String npi, ProviderCredentials credentials, LocalDate dateOfService) {
        if (!credentials.onFile()) {
            return credentialsRequired ? Optional.of(ClaimRejections.providerNotCredentialed(
                    "rendering provider " + npi + " has no credentials on file")) : Optional.empty();
        }
        Optional<CredentialingEntry> credentialing = credentials.credentialing().on(dateOfService);
        if (credentialing.isEmpty() || credentialing.get().status() != CredentialingStatus.CREDENTIALED) {
            return Optional.of(ClaimRejections.providerNotCredentialed("rendering provider " + npi
                    + " is not credentialed with the plan on " + dateOfService + ": " + credentialing
                            .map(ProviderEligibility::describe).orElse("no credentialing on file by that date")));
        }
        Optional<String> stateOfService = credentials.address().map(PracticeAddress::state);
        boolean licensed = stateOfService.isPresent() && credentials.licences().stream()
                .anyMatch(licence -> licence.validOn(dateOfService, stateOfService.get()));
        if (!licensed) {
            return Optional.of(ClaimRejections.providerNotLicensed("rendering provider " + npi
                    + " holds no licence valid on " + dateOfService + " in " + stateOfService
                            .map(state -> state + ", the state of service").orElse("the state of service (no practice"
                                    + " address on file)")));
        }
        return Optional.empty();
    }

    private static String describe(CredentialingEntry entry) {
        return switch (entry.status()) {
            case PENDING -> "credentialing pending since " + entry.effectiveFrom();
            case TERMINATED -> "credentialing terminated from " + entry.effectiveFrom();
            case CREDENTIALED -> "credentialed from " + entry.effectiveFrom();
        };
    }
}
