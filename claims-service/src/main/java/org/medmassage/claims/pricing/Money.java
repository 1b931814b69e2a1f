package org.medmassage.claims.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is BigDecimal with scale 2, rounded HALF_UP per service line (RULEBOOK conventions). */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    public static BigDecimal of(String amount) {
        return scaled(new BigDecimal(amount));
    }

    public static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal times(BigDecimal perUnit, int units) {
        return scaled(perUnit.multiply(BigDecimal.valueOf(units)));
    }

    public static boolean isPositive(BigDecimal amount) {
        return amount.signum() > 0;
    }
}
