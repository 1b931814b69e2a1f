package org.medmassage.benefits.plan;

import java.math.BigDecimal;
import java.util.Objects;
import org.medmassage.codesets.money.Money;

/**
 * Cost-share terms of one network tier. A null out-of-pocket maximum means the tier has none (OON cost sharing need not
 * count, RULEBOOK §5.1); a null family amount means the tier has no family deductible / maximum (CS-04).
 */
public record TierTerms(BigDecimal deductible, BigDecimal coinsurancePercent, BigDecimal copay, BigDecimal outOfPocketMax,
                        BigDecimal familyDeductible, BigDecimal familyOutOfPocketMax) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public TierTerms {
        deductible = nonNegative(Money.scaled(Objects.requireNonNull(deductible, "deductible")), "deductible");
        copay = nonNegative(Money.scaled(Objects.requireNonNull(copay, "copay")), "copay");
        Objects.requireNonNull(coinsurancePercent, "coinsurancePercent");
        if (coinsurancePercent.signum() < 0 || coinsurancePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("coinsurancePercent must be between 0 and 100");
        }
        outOfPocketMax = optional(outOfPocketMax, "outOfPocketMax");
        familyDeductible = optional(familyDeductible, "familyDeductible");
        familyOutOfPocketMax = optional(familyOutOfPocketMax, "familyOutOfPocketMax");
    }

    /** Self-only terms: no family amounts. */
    public TierTerms(BigDecimal deductible, BigDecimal coinsurancePercent, BigDecimal copay, BigDecimal outOfPocketMax) {
        this(deductible, coinsurancePercent, copay, outOfPocketMax, null, null);
    }

    public boolean hasOutOfPocketMax() {
        return outOfPocketMax != null;
    }

    private static BigDecimal optional(BigDecimal amount, String name) {
        return amount == null ? null : nonNegative(Money.scaled(amount), name);
    }

    private static BigDecimal nonNegative(BigDecimal amount, String name) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return amount;
    }
}
