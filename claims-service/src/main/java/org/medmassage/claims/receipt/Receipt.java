package org.medmassage.claims.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.HsaFsaEligibility.LetterNamed;
import org.medmassage.claims.receipt.PaidVisit.PaidBy;
import org.medmassage.claims.receipt.PaidVisit.PaidService;
import org.medmassage.codesets.money.Money;

/**
 * An itemized receipt of one session for HSA/FSA substantiation (RULEBOOK §7.1, ALT-02): date of service, each
 * service by CPT and plain words with units and charge, the diagnoses, the amounts charged, paid by the plan and owed
 * by the patient, the provider (name, address, NPI, tax id, licence valid that day) and the patient (name, date of
 * birth); marked HSA/FSA-eligible only with a letter of medical necessity valid on the date of service (ALT-01).
 * What ALT-02 asks for and is not on file is listed in {@code notOnFile} rather than refused.
 */
public record Receipt(
        String claimId,
        LocalDate dateOfService,
        PaidBy paidBy,
        PatientNamed patient,
        ReceiptProvider provider,
        List<Service> services,
        List<Diagnosis> diagnoses,
        Amounts amounts,
        HsaFsa hsaFsa,
        List<String> notOnFile) {

    static final String TITLE_NOT_ON_FILE = "(title not on file: see ICD-10-CM)";

    public record PatientNamed(String memberId, String name, LocalDate dateOfBirth) {
    }

    public record Service(int lineNumber, String procedureCode, List<String> modifiers, String description, int units,
            BigDecimal charge, BigDecimal paidByPlan, BigDecimal patientOwes) {
    }

    public record Diagnosis(String code, String title) {
    }

    /** {@code charged} = {@code paidByPlan} + {@code patientOwes} + {@code notOwed} (discounts and write-offs). */
    public record Amounts(BigDecimal charged, BigDecimal paidByPlan, BigDecimal notOwed, BigDecimal patientOwes) {
    }

    /** {@code eligibleAmount}: what the patient owes when eligible, else 0.00. */
    public record HsaFsa(boolean eligible, BigDecimal eligibleAmount, String statement, LetterNamed letter,
            String howToGetOne) {
    }

    public Receipt {
        services = List.copyOf(services);
        diagnoses = List.copyOf(diagnoses);
        notOnFile = List.copyOf(notOnFile);
    }

    /** {@code patient} and {@code provider} may be null (not on file); {@code titles} answers ICD-10-CM titles. */
    public static Receipt of(PaidVisit visit, Patient patient, Provider provider,
            Function<String, Optional<String>> titles, HsaFsaEligibility eligibility) {
        Patient named = patient == null ? Patient.notOnFile(visit.memberId()) : patient;
        ReceiptProvider receiptProvider = ReceiptProvider.of(visit.renderingProviderNpi(), provider,
                visit.dateOfService());
        List<Service> services = visit.services().stream().map(Receipt::service).toList();
        Amounts amounts = amounts(visit.services());
        return new Receipt(visit.claimId(), visit.dateOfService(), visit.paidBy(),
                new PatientNamed(named.memberId(), named.name(), named.dateOfBirth()), receiptProvider, services,
                visit.diagnosisCodes().stream()
                        .map(code -> new Diagnosis(code, titles.apply(code).orElse(TITLE_NOT_ON_FILE))).toList(),
                amounts,
                new HsaFsa(eligibility.eligible(), eligibility.eligible() ? amounts.patientOwes() : Money.ZERO,
                        eligibility.statement(), eligibility.letter(), eligibility.howToGetOne()),
                notOnFile(named, receiptProvider));
    }

    private static Service service(PaidService service) {
        return new Service(service.lineNumber(), service.procedureCode(), service.modifiers(),
                ReceiptDescriptions.describe(service.procedureCode()), service.units(), service.charge(),
                service.paidByPlan(), service.patientOwes());
    }

    private static Amounts amounts(List<PaidService> services) {
        BigDecimal charged = sum(services.stream().map(PaidService::charge).toList());
        BigDecimal paid = sum(services.stream().map(PaidService::paidByPlan).toList());
        BigDecimal owed = sum(services.stream().map(PaidService::patientOwes).toList());
        return new Amounts(charged, paid, charged.subtract(paid).subtract(owed), owed);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }

    private static List<String> notOnFile(Patient patient, ReceiptProvider provider) {
        List<String> missing = new ArrayList<>();
        if (!patient.nameOnFile()) {
            missing.add("patient.name");
        }
        if (patient.dateOfBirth() == null) {
            missing.add("patient.dateOfBirth");
        }
        if (provider.name() == null) {
            missing.add("provider.name");
        }
        if (provider.practiceAddress() == null) {
            missing.add("provider.practiceAddress");
        }
        if (provider.taxId() == null) {
            missing.add("provider.taxId");
        }
        if (provider.licence() == null) {
            missing.add("provider.licence");
        }
        return missing;
    }
}
