package org.medmassage.benefits.web;

import org.medmassage.support.web.Identifier;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.PayerType;
import org.medmassage.benefits.coverage.Relationship;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;

/**
 * {@code PUT /members/{memberId}/coverage} body; no effectiveTo means open-ended coverage. A familyId makes it family
 * coverage shared with the other members of that family (CS-04); relationship defaults to SUBSCRIBER.
 * carryOverAccumulators (default true): a period starting mid plan year keeps what was met earlier that plan year
 * (e.g. a plan change with deductible credit); false starts the accumulators afresh on effectiveFrom. payerType
 * (default COMMERCIAL) and cobOrder (default 1, primary) place it among the member's coverages (decision 0069).
 * accidentLimit: an auto PIP coverage's limit per accident, required with AUTO_PIP and refused otherwise (decision 0074).
 */
public record CoverageBody(@NotBlank @Identifier String planId, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
                           @Identifier String familyId, Relationship relationship, Boolean carryOverAccumulators,
                           PayerType payerType, @Min(1) @Max(Coverage.MAX_COB_ORDER) Integer cobOrder,
                           @Positive @Digits(integer = 10, fraction = 2) BigDecimal accidentLimit) {

    Coverage toCoverage(String memberId) {
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw RequestRejectedException.unprocessable("Coverage cannot be activated", List.of(new FieldProblem(
                    "effectiveTo", "EffectivePeriod",
                    "effectiveTo " + effectiveTo + " is before effectiveFrom " + effectiveFrom)));
        }
        boolean autoPip = payerType == PayerType.AUTO_PIP;
        if (autoPip != (accidentLimit != null)) {
            // RULEBOOK §7.3: a PIP coverage pays up to a limit per accident; no other coverage has one
            throw RequestRejectedException.unprocessable("Coverage cannot be activated", List.of(new FieldProblem(
                    "accidentLimit", "§7.3", autoPip
                            ? "an AUTO_PIP coverage needs its limit per accident (e.g. 10000.00)"
                            : "only an AUTO_PIP coverage has a limit per accident, not " + (payerType == null ? PayerType.COMMERCIAL : payerType))));
        }
        return new Coverage(memberId, planId, effectiveFrom, effectiveTo, familyId, relationship,
                !Boolean.FALSE.equals(carryOverAccumulators), payerType, cobOrder == null ? 1 : cobOrder,
                accidentLimit);
    }
}
