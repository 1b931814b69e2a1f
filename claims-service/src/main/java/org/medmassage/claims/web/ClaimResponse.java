package org.medmassage.claims.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.adjudication.Remittance;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.payer.ClaimPayer;

/**
 * GET /claims/{id}: the claim and, once decided, its remittance. Until then the amounts only the adjudication knows
 * (plan paid, patient responsibility, the cost-share split) are null and the lines carry no adjustments. A voided
 * claim keeps the remittance it had, with why and when it was voided (null otherwise); a PENDED one says why it waits.
 * The 837P references are shown as received (null when not sent; the billing NPI defaults to the rendering one): the
 * frequency code is 7 on a claim that replaced {@code replacesClaimId}, 1 otherwise; {@code replacedBy} names the claim
 * that replaced a voided one. Each line's date of service (DTP*472) is the claim's.
 * timedUnitMethod: how intake turned minutes into units, the member's plan's (null on claims from before it was kept).
 * payer: who the claim was billed to and the injury behind it, as received (decision 0068).
 */
record ClaimResponse(
        String claimId,
        String memberId,
        String status,
        LocalDate dateOfService,
        String renderingProviderNpi,
        String billingProviderNpi,
        String patientControlNumber,
        String referralNumber,
        String frequencyCode,
        String replacesClaimId,
        String replacedBy,
        String networkTier,
        String timedUnitMethod,
        BigDecimal totalCharge,
        BigDecimal totalAllowed,
        BigDecimal planPaid,
        BigDecimal patientResponsibility,
        String denialReason,
        String voidReason,
        Instant voidedAt,
        PendJson pended,
        PayerJson payer,
        List<Line> lines) {

    /** SBR09 as a payer type and its indicator, CLM11, DTP*439, REF*Y4 and the prior payer's denial; nulls not sent. */
    record PayerJson(String payer, String claimFilingIndicator, List<String> relatedCauses, String accidentState,
            LocalDate dateOfInjury, PayerRequest.WorkersCompensationJson workersCompensation,
            PayerRequest.PriorPayerDenialJson priorPayerDenial) {

        static PayerJson of(ClaimPayer payer) {
            return new PayerJson(payer.payer().name(), payer.payer().claimFilingIndicator(),
                    payer.relatedCauses().stream().map(Enum::name).toList(), payer.accidentState(),
                    payer.dateOfInjury(), payer.workersCompensationClaim()
                            .map(wc -> new PayerRequest.WorkersCompensationJson(wc.carrierName(), wc.claimNumber(),
                                    wc.employerName())).orElse(null),
                    payer.priorDenial().map(denial -> new PayerRequest.PriorPayerDenialJson(denial.carc(), denial.paid()))
                            .orElse(null));
        }
    }

    /** Why a PENDED claim waits: the step ("RECEIVED": authorization's answer, "IN_PROCESS": benefits'). */
    record PendJson(String waitingIn, String reason, Instant since) {
    }

    record Line(int lineNumber, LocalDate dateOfService, String procedureCode, List<String> modifiers, int units,
            BigDecimal charge,
            BigDecimal allowed, BigDecimal deductible, BigDecimal copay, BigDecimal coinsurance, BigDecimal planPaid,
            BigDecimal patientResponsibility, List<AdjustmentJson> adjustments, List<String> remarkCodes) {
    }

    record AdjustmentJson(String group, String carc, BigDecimal amount) {
    }

    static ClaimResponse of(Claim claim) {
        Remittance remittance = claim.remittance().orElse(null);
        Voiding voiding = claim.voiding().orElse(null);
        Map<Integer, RemittanceLine> remitted = remittance == null ? Map.of() : remittance.lines().stream()
                .collect(Collectors.toMap(RemittanceLine::lineNumber, Function.identity()));
        var header = claim.header();
        return new ClaimResponse(claim.id().toString(), claim.memberId(), claim.status().name(),
                claim.dateOfService(), header.renderingProviderNpi(), header.billingProviderNpi(),
                header.patientControlNumber(), header.referralNumber(),
                header.replaces().isPresent() ? "7" : "1", header.replaces().map(UUID::toString).orElse(null),
                voiding == null ? null : voiding.replacedBy().map(UUID::toString).orElse(null),
                claim.networkTier().name(),
                header.timedUnitMethod() == null ? null : header.timedUnitMethod().name(),
                claim.totalCharge(), claim.totalAllowed(),
                remittance == null ? null : remittance.planPaid(),
                remittance == null ? null : remittance.patientResponsibility(),
                remittance == null ? null : remittance.denialReason().orElse(null),
                voiding == null ? null : voiding.reason(),
                voiding == null ? null : voiding.voidedAt(),
                claim.pend().map(p -> new PendJson(p.step().name(), p.reason(), p.since())).orElse(null),
                PayerJson.of(header.payer()),
                claim.lines().stream()
                        .map(line -> line(line, claim.dateOfService(), remitted.get(line.lineNumber()))).toList());
    }

    private static Line line(ClaimLine line, LocalDate dateOfService, RemittanceLine remitted) {
        if (remitted == null) {
            return new Line(line.lineNumber(), dateOfService, line.procedureCode(), line.modifiers(), line.units(),
                    line.charge(), line.allowed(), null, null, null, null, null, List.of(), List.of());
        }
        return new Line(line.lineNumber(), dateOfService, line.procedureCode(), line.modifiers(), line.units(),
                line.charge(),
                remitted.allowed(), remitted.deductible(), remitted.copay(), remitted.coinsurance(),
                remitted.planPaid(), remitted.patientResponsibility(),
                remitted.adjustments().stream()
                        .map(a -> new AdjustmentJson(a.group().name(), a.carc(), a.amount())).toList(),
                remitted.remarkCodes());
    }
}
