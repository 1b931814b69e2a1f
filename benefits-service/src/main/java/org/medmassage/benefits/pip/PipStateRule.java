package org.medmassage.benefits.pip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medmassage.codesets.money.Money;

/**
 * What a state's no-fault law changes in what auto PIP pays (RULEBOOK §7.3): procedure codes PIP does not reimburse
 * for dates of service from a date (Florida: massage, 97124, since 2013-01-01; ALT-03), and the amount after which the
 * health plan, not PIP, is primary (Massachusetts: the first 2,000.00 of PIP).
 */
public record PipStateRule(String state, Set<String> excludedCodes, LocalDate excludedSince,
                           BigDecimal healthPlanPrimaryAfter) {

    public PipStateRule {
        Objects.requireNonNull(state, "state");
        excludedCodes = Set.copyOf(excludedCodes);
        if (!excludedCodes.isEmpty()) {
            Objects.requireNonNull(excludedSince, "the date from which " + state + " PIP excludes " + excludedCodes);
        }
        healthPlanPrimaryAfter = healthPlanPrimaryAfter == null ? null : Money.scaled(healthPlanPrimaryAfter);
    }

    /** A state with no rule of its own: PIP pays what its coverage says. */
    public static PipStateRule none(String state) {
        return new PipStateRule(state, Set.of(), null, null);
    }

    public boolean excludes(String procedureCode, LocalDate dateOfService) {
        return excludedCodes.contains(procedureCode) && !dateOfService.isBefore(excludedSince);
    }

    /** What PIP pays at most for one accident: the coverage's limit, or less where the health plan takes over. */
    public BigDecimal limitPerAccident(BigDecimal coverageLimit) {
        return Optional.ofNullable(healthPlanPrimaryAfter).map(coverageLimit::min).orElse(coverageLimit);
    }
}
