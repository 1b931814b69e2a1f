package org.medmassage.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medmassage.benefits.coverage.Coverage;

public record CoverageResponse(String memberId, String planId, LocalDate effectiveFrom, LocalDate effectiveTo,
                               String familyId, String relationship, boolean carryOverAccumulators, String payerType,
                               int cobOrder, BigDecimal accidentLimit) {

    static CoverageResponse of(Coverage coverage) {
        return new CoverageResponse(coverage.memberId(), coverage.planId(), coverage.effectiveFrom(), coverage.effectiveTo(),
                coverage.familyId(), coverage.relationship().name(), coverage.carryOverAccumulators(),
                coverage.payerType().name(), coverage.cobOrder(), coverage.accidentLimit());
    }
}
