package org.medmassage.benefits.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.medmassage.benefits.plan.TierTerms;

/**
 * One network tier's terms as JSON, in requests and responses. outOfPocketMax may be null: the tier has none; the family
 * amounts may be null: no family deductible / maximum (CS-04).
 */
public record TierTermsBody(
        @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal deductible,
        @NotNull @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal coinsurancePercent,
        @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal copay,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal outOfPocketMax,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal familyDeductible,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal familyOutOfPocketMax) {

    static TierTermsBody of(TierTerms terms) {
        return new TierTermsBody(terms.deductible(), terms.coinsurancePercent(), terms.copay(), terms.outOfPocketMax(),
                terms.familyDeductible(), terms.familyOutOfPocketMax());
    }

    TierTerms toTerms() {
        return new TierTerms(deductible, coinsurancePercent, copay, outOfPocketMax, familyDeductible, familyOutOfPocketMax);
    }
}
