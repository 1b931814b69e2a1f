package org.medmassage.benefits.web;

import org.medmassage.support.web.Identifier;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
 */
public record CoverageBody(@NotBlank @Identifier String planId, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
                           @Identifier String familyId, Relationship relationship, Boolean carryOverAccumulators,
                           PayerType payerType, @Min(1) @Max(Coverage.MAX_COB_ORDER) Integer cobOrder) {

    Coverage toCoverage(String memberId) {
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw RequestRejectedException.unprocessable("Coverage cannot be activated", List.of(new FieldProblem(
                    "effectiveTo", "EffectivePeriod",
                    "effectiveTo " + effectiveTo + " is before effectiveFrom " + effectiveFrom)));
        }
        return new Coverage(memberId, planId, effectiveFrom, effectiveTo, familyId, relationship,
                !Boolean.FALSE.equals(carryOverAccumulators), payerType, cobOrder == null ? 1 : cobOrder);
    }
}
