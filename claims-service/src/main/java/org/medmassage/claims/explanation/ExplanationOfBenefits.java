package org.medmassage.claims.explanation;

import java.util.function.Function;
import org.medmassage.claims.payer.Payer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimAdjustment;
import org.medmassage.claims.adjudication.Remittance;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.WorkersCompensation;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.HsaFsaEligibility;

/**
 * The member's explanation of benefits of one adjudicated claim (issue 13 item 7, RULEBOOK §8.3 FMT-02): each service
 * in plain words with what was billed, discounted, paid and owed, every code on the claim explained, and for a denial
 * what to do next, and who paid: the health plan, the workers' compensation carrier (decision 0068) or the patient at
 * the provider's self-pay rate (decision 0073). Built only from a decided claim's remittance; a claim still in the
 * saga has none.
 */
public record ExplanationOfBenefits(
        String claimId,
        String memberId,
        String status,
        LocalDate dateOfService,
        LocalDate processedOn,
        ProviderNamed provider,
        List<Service> services,
        EobAmounts totals,
        List<CodeExplained> codes,
        String denialReason,
        List<String> nextSteps,
        Voided voided,
        PaidBy paidBy,
        List<WayForward.Option> wayForward) {

    /**
     * Who decided and paid the claim: {@code HEALTH_PLAN}, {@code WORKERS_COMP} with the carrier and its claim
     * number, or {@code SELF_PAY} (decision 0073); {@code statement} says it in words, for workers' comp that the
     * patient owes nothing, for self-pay that no insurance was billed and nothing counted toward the deductible.
     */
    public record PaidBy(String payer, String name, String claimNumber, String statement) {

        static PaidBy of(ClaimPayer claim) {
            if (claim.isSelfPay()) {
                return new PaidBy(claim.payer().name(), null, null, "Self-pay: this visit was not billed to your"
                        + " insurance. You pay the provider's self-pay rate, the amount you owe below, and nothing"
                        + " counted toward your health plan's deductible, out-of-pocket maximum or visits.");
            }
            if (claim.payer() == Payer.AUTO_PIP) {
                return new PaidBy(claim.payer().name(), null, null, "Processed by your auto insurance's personal"
                        + " injury protection (PIP) for the accident of " + claim.dateOfInjury() + ", before your"
                        + " health plan. Nothing counted toward your health plan's deductible, out-of-pocket maximum"
                        + " or visits; what PIP did not pay, the provider bills your health plan for.");
            }
            if (!claim.isWorkersCompensation()) {
                return new PaidBy(claim.payer().name(), null, null, claim.priorDenial().isPresent()
                        ? "Processed by your health plan as the second payer, after the other insurer's decision."
                        : "Processed by your health plan.");
            }
            WorkersCompensation wc = claim.workersCompensationClaim().orElseThrow();
            return new PaidBy(claim.payer().name(), wc.carrierName(), wc.claimNumber(), "Paid by the workers'"
                    + " compensation carrier " + wc.carrierName() + " (claim " + wc.claimNumber() + ") at the state's"
                    + " fee schedule, not by your health plan. You owe nothing for this visit: the provider may not"
                    + " bill you for the rest, and nothing counted toward your health plan's deductible,"
                    + " out-of-pocket maximum or visits.");
        }
    }

    /** The rendering provider as the member knows it; the name is null when the provider is no longer on file. */
    public record ProviderNamed(String name, String npi) {
    }

    /** One service line: the code in words, its amounts and the codes that explain them (CAS, then LQ*HE). */
    public record Service(int lineNumber, String procedureCode, List<String> modifiers, String description,
            int units, boolean denied, EobAmounts amounts, List<String> codes) {
    }

    public record CodeExplained(String code, String explanation) {
    }

    /** A claim cancelled after it was decided (CS-07): the amounts are what was decided and then reversed. */
    public record Voided(String reason, Instant at) {
    }

    public ExplanationOfBenefits {
        services = List.copyOf(services);
        codes = List.copyOf(codes);
        nextSteps = List.copyOf(nextSteps);
        wayForward = wayForward == null ? List.of() : List.copyOf(wayForward);
    }

    /**
     * With the ways the visit can still be paid when the plan will not pay it (issue 15 item 7): the provider's
     * self-pay rate, HSA/FSA with the member's letter of medical necessity, or how to get one.
     */
    public static ExplanationOfBenefits of(Claim claim, Optional<Provider> provider, LocalDate processedOn,
            HsaFsaEligibility hsaFsa) {
        ExplanationOfBenefits eob = of(claim, provider.map(Provider::name).orElse(null), processedOn);
        // the way forward is for a visit the member's health plan will not pay; PIP's limit sends it to the plan
        List<WayForward.Option> options = claim.header().payer().payer() == Payer.HEALTH_PLAN
                ? WayForward.options(claim.remittance().orElseThrow().lines(), provider, hsaFsa) : List.of();
        return new ExplanationOfBenefits(eob.claimId, eob.memberId, eob.status, eob.dateOfService, eob.processedOn,
                eob.provider, eob.services, eob.totals, eob.codes, eob.denialReason, eob.nextSteps, eob.voided,
                eob.paidBy, options);
    }

    /** {@code providerName} may be null; {@code processedOn} is the day the claim was decided. */
    public static ExplanationOfBenefits of(Claim claim, String providerName, LocalDate processedOn) {
        Remittance remittance = claim.remittance().orElseThrow(() -> new IllegalArgumentException(
                "claim " + claim.id() + " is not decided yet (" + claim.status() + "): it has no explanation"));
        List<Service> services = remittance.lines().stream().map(ExplanationOfBenefits::service).toList();
        EobAmounts totals = EobAmounts.total(services.stream().map(Service::amounts).toList());
        return new ExplanationOfBenefits(claim.id().toString(), claim.memberId(), claim.status().name(),
                claim.dateOfService(), processedOn,
                new ProviderNamed(providerName, claim.header().renderingProviderNpi()), services, totals,
                explained(remittance.lines(), claim.header().payer().payer()),
                remittance.denialReason().orElse(null),
                NextSteps.forDenials(denialCodes(remittance.lines())),
                claim.voiding().map(v -> new Voided(v.reason(), v.voidedAt())).orElse(null),
                PaidBy.of(claim.header().payer()), List.of());
    }

    private static Service service(RemittanceLine line) {
        List<String> codes = new ArrayList<>(line.adjustments().stream().map(ExplanationOfBenefits::code).toList());
        codes.addAll(line.remarkCodes());
        return new Service(line.lineNumber(), line.procedureCode(), line.modifiers(),
                ServiceDescriptions.describe(line.procedureCode()), line.units(), line.denied(), EobAmounts.of(line),
                codes);
    }

    // each adjustment code, then each remark code, once and in the order the lines first show them
    private static List<CodeExplained> explained(List<RemittanceLine> lines, Payer payer) {
        Function<String, String> wording = switch (payer) {
            case SELF_PAY -> CodeExplanations::selfPaidAdjustment;
            case AUTO_PIP -> CodeExplanations::autoPipAdjustment;
            default -> CodeExplanations::adjustment;
        };
        Map<String, String> adjustments = new LinkedHashMap<>();
        Map<String, String> remarks = new LinkedHashMap<>();
        for (RemittanceLine line : lines) {
            line.adjustments().stream().map(ExplanationOfBenefits::code)
                    .forEach(code -> adjustments.computeIfAbsent(code, wording));
            line.remarkCodes().forEach(rarc -> remarks.computeIfAbsent(rarc, CodeExplanations::remark));
        }
        List<CodeExplained> explained = new ArrayList<>();
        adjustments.forEach((code, text) -> explained.add(new CodeExplained(code, text)));
        remarks.forEach((code, text) -> explained.add(new CodeExplained(code, text)));
        return explained;
    }

    // a denied line carries its denial for the charge, or on the allowed amount beside CO-45 (CS-06 basis ALLOWED)
    static List<String> denialCodes(List<RemittanceLine> lines) {
        return lines.stream().filter(RemittanceLine::denied)
                .flatMap(line -> line.adjustments().stream().map(ExplanationOfBenefits::code)
                        .filter(code -> !code.equals("CO-45")).limit(1))
                .distinct().toList();
    }

    private static String code(ClaimAdjustment adjustment) {
        return adjustment.group() + "-" + adjustment.carc();
    }
}
