package org.medmassage.claims.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.adjudication.Remittance;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.adjudication.Voiding;

/**
 * GET /claims/{id}: the claim and, once decided, its remittance. Until then the amounts only the adjudication knows
 * (plan paid, patient responsibility, the cost-share split) are null and the lines carry no adjustments. A voided
 * claim keeps the remittance it had, with why and when it was voided (null otherwise); a PENDED one says why it waits.
 * timedUnitMethod: how intake turned minutes into units, the member's plan's (null on claims from before it was kept).
 */
record ClaimResponse(
        String claimId,
        String memberId,
        String status,
        LocalDate dateOfService,
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
        List<Line> lines) {

    /** Why a PENDED claim waits: the step ("RECEIVED": authorization's answer, "IN_PROCESS": benefits'). */
    record PendJson(String waitingIn, String reason, Instant since) {
    }

    record Line(int lineNumber, String procedureCode, List<String> modifiers, int units, BigDecimal charge,
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
        return new ClaimResponse(claim.id().toString(), claim.memberId(), claim.status().name(),
                claim.dateOfService(), claim.networkTier().name(),
                claim.header().timedUnitMethod() == null ? null : claim.header().timedUnitMethod().name(),
                claim.totalCharge(), claim.totalAllowed(),
                remittance == null ? null : remittance.planPaid(),
                remittance == null ? null : remittance.patientResponsibility(),
                remittance == null ? null : remittance.denialReason().orElse(null),
                voiding == null ? null : voiding.reason(),
                voiding == null ? null : voiding.voidedAt(),
                claim.pend().map(p -> new PendJson(p.step().name(), p.reason(), p.since())).orElse(null),
                claim.lines().stream().map(line -> line(line, remitted.get(line.lineNumber()))).toList());
    }

    private static Line line(ClaimLine line, RemittanceLine remitted) {
        if (remitted == null) {
            return new Line(line.lineNumber(), line.procedureCode(), line.modifiers(), line.units(), line.charge(),
                    line.allowed(), null, null, null, null, null, List.of(), List.of());
        }
        return new Line(line.lineNumber(), line.procedureCode(), line.modifiers(), line.units(), line.charge(),
                remitted.allowed(), remitted.deductible(), remitted.copay(), remitted.coinsurance(),
                remitted.planPaid(), remitted.patientResponsibility(),
                remitted.adjustments().stream()
                        .map(a -> new AdjustmentJson(a.group().name(), a.carc(), a.amount())).toList(),
                remitted.remarkCodes());
    }
}
