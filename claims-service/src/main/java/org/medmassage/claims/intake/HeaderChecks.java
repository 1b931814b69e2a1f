package org.medmassage.claims.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.IcdValidity;
import org.medmassage.codesets.Npi;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * Claim-header edits: the rendering and billing providers, the date of service and the diagnoses valid on that date.
 */
final class HeaderChecks {

    private HeaderChecks() {
    }

    static List<FieldProblem> problems(ClaimSubmission submission, Optional<Provider> provider, LocalDate today,
            IcdCodeSet icd) {
        List<FieldProblem> problems = new ArrayList<>();
        renderingProvider(submission.renderingProviderNpi(), provider).ifPresent(problems::add);
        if (submission.billingProviderNpi() != null) {
            // RULEBOOK §8.1 2010AA: the billing provider is identified by its NPI, checked like the rendering one
            Npi.problem(submission.billingProviderNpi())
                    .ifPresent(malformed -> problems.add(new FieldProblem("billingProviderNpi", "NPI", malformed)));
        }
        if (submission.dateOfService().isAfter(today)) {
            problems.add(new FieldProblem("dateOfService", "DateOfService",
                    "date of service " + submission.dateOfService() + " is in the future; bill a session once it took place"));
        }
        for (int i = 0; i < submission.diagnosisCodes().size(); i++) {
            // DX-07/DX-08: a code is judged by the date of service, never by the processing date.
            IcdValidity validity = icd.check(submission.diagnosisCodes().get(i), submission.dateOfService());
            if (!validity.isBillable()) {
                problems.add(new FieldProblem("diagnosisCodes[" + i + "]", validity.rule(), validity.message()));
            }
        }
        return problems;
    }

    private static Optional<FieldProblem> renderingProvider(String npi, Optional<Provider> provider) {
        Optional<String> malformed = Npi.problem(npi);
        if (malformed.isPresent()) {
            return Optional.of(new FieldProblem("renderingProviderNpi", "NPI", malformed.get()));
        }
        if (provider.isEmpty()) {
            // CS-01 step 0: network status decides the fee schedule, so an unknown provider cannot be priced.
            return Optional.of(new FieldProblem("renderingProviderNpi", "CS-01",
                    "no provider is registered with NPI " + npi + "; register it with PUT /providers/" + npi));
        }
        return Optional.empty();
    }
}
