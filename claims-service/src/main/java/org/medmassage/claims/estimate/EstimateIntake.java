package org.medmassage.claims.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.Patient;
import org.medmassage.codesets.IcdCode;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.IcdValidity;
import org.medmassage.codesets.Npi;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * Writes a Good Faith Estimate (ALT-04) from the provider's draft, or refuses it with every problem at once: the
 * patient and provider must be on file with what the estimate names, every service needs the provider's cash rate
 * (RULEBOOK §7.4), the diagnoses are checked as claim intake checks them (DX-07, on the first scheduled date) and the
 * dates must make one series of up to 12 months ({@link EstimateDates}).
 */
public final class EstimateIntake {

    static final String RULE = "ALT-04";

    private final IcdCodeSet icd;

    public EstimateIntake(IcdCodeSet icd) {
        this.icd = icd;
    }

    public EstimateDecision write(UUID id, EstimateDraft draft, Optional<Provider> provider, Optional<Patient> patient,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        patientProblem(draft.memberId(), patient).ifPresent(problems::add);
        providerProblem(draft.renderingProviderNpi(), provider).ifPresent(problems::add);
        problems.addAll(EstimateDates.problems(draft, today));
        Optional<LocalDate> firstSession = draft.scheduledDates().stream().min(LocalDate::compareTo);
        firstSession.ifPresent(first -> problems.addAll(diagnosisProblems(draft.diagnosisCodes(), first)));
        List<EstimatedService> services = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < draft.services().size(); i++) {
            PlannedService service = draft.services().get(i);
            if (!codes.add(service.procedureCode())) {
                problems.add(new FieldProblem(field(i, "procedureCode"), RULE, service.procedureCode()
                        + " is listed twice: give its units per session and sessions once"));
            }
            if (firstSession.isPresent() && service.sessions() > draft.scheduledDates().size()) {
                problems.add(new FieldProblem(field(i, "sessions"), RULE, service.sessions() + " sessions of "
                        + service.procedureCode() + " but " + draft.scheduledDates().size() + " scheduled dates: each"
                        + " session is on a scheduled date"));
            }
            if (provider.isPresent()) {
                price(i, service, provider.get(), problems).ifPresent(services::add);
            }
        }
        if (!problems.isEmpty()) {
            return new EstimateDecision.Refused(problems);
        }
        Provider found = provider.orElseThrow();
        return new EstimateDecision.Written(new GoodFaithEstimate(id, draft.memberId(), patient.orElseThrow(),
                new EstimateProvider(found.name(), found.npi(), found.taxId().formatted(),
                        found.credentials().address().orElseThrow()),
                dotted(draft.diagnosisCodes()), services, draft.scheduledDates(), draft.trigger(),
                EstimateDeadline.of(draft.trigger(), firstSession.orElseThrow()), today));
    }

    // RULEBOOK §7.4: the expected charge is the provider's cash price, never a contract rate
    private static Optional<EstimatedService> price(int index, PlannedService service, Provider provider,
            List<FieldProblem> problems) {
        Optional<BigDecimal> cashRate = provider.cashRate(service.procedureCode());
        if (cashRate.isEmpty()) {
            problems.add(new FieldProblem(field(index, "procedureCode"), RULE, "provider " + provider.npi()
                    + " has no self-pay cash rate for " + service.procedureCode() + ", so its charge cannot be"
                    + " estimated: add one with PUT /providers/" + provider.npi() + " (cashRates)"));
            return Optional.empty();
        }
        BigDecimal usual = service.usualChargePerUnit();
        if (usual != null && usual.compareTo(cashRate.get()) < 0) {
            problems.add(new FieldProblem(field(index, "usualChargePerUnit"), RULE, "the usual charge " + usual
                    + " is below the cash rate " + cashRate.get() + " of " + service.procedureCode()
                    + ": the self-pay discount is measured from the usual charge"));
            return Optional.empty();
        }
        return Optional.of(EstimatedService.priced(index + 1, service, cashRate.get()));
    }

    private static Optional<FieldProblem> patientProblem(String memberId, Optional<Patient> patient) {
        if (patient.isPresent() && patient.get().nameOnFile() && patient.get().dateOfBirth() != null) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("memberId", RULE, "the name and date of birth of member " + memberId
                + " are not on file (benefits-service's MemberRegistered), and a Good Faith Estimate names the"
                + " patient"));
    }

    private static Optional<FieldProblem> providerProblem(String npi, Optional<Provider> provider) {
        Optional<String> malformed = Npi.problem(npi);
        if (malformed.isPresent()) {
            return Optional.of(new FieldProblem("renderingProviderNpi", "NPI", malformed.get()));
        }
        if (provider.isEmpty()) {
            return Optional.of(new FieldProblem("renderingProviderNpi", RULE, "no provider is registered with NPI "
                    + npi + "; register it with PUT /providers/" + npi));
        }
        List<String> missing = new ArrayList<>();
        if (provider.get().taxId() == null) {
            missing.add("tax id");
        }
        if (provider.get().credentials().address().isEmpty()) {
            missing.add("practice address");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(new FieldProblem("renderingProviderNpi", RULE,
                "provider " + npi + " has no " + String.join(" or ", missing) + " on file, and a Good Faith Estimate"
                        + " names them; add them with PUT /providers/" + npi));
    }

    // DX-07: judged on the date of the first session, as a claim's codes are judged on its date of service
    private List<FieldProblem> diagnosisProblems(List<String> codes, LocalDate firstSession) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            IcdValidity validity = icd.check(codes.get(i), firstSession);
            if (!validity.isBillable()) {
                problems.add(new FieldProblem("diagnosisCodes[" + i + "]", validity.rule(), validity.message()));
            }
        }
        return problems;
    }

    // decision 0008: shown with the dot whichever way they were written, as a claim's are
    private static List<String> dotted(List<String> codes) {
        return codes.stream().map(code -> IcdCode.parse(code).map(IcdCode::dotted).orElse(code)).toList();
    }

    private static String field(int index, String name) {
        return "services[" + index + "]." + name;
    }
}
