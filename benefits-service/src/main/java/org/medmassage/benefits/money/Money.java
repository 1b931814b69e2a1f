package org.medmassage.benefits.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is BigDecimal at scale 2, HALF_UP (RULEBOOK conventions): one place that says so. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {
    }

    public static BigDecimal of(String amount) {
        return scaled(new BigDecimal(amount));
    }

    /** Scale 2; an amount with more precision than cents is rounded HALF_UP. */
    public static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Never below zero: a remainder cannot be negative even when postings exceed the plan amount. */
    public static BigDecimal floorAtZero(BigDecimal amount) {
        return amount.signum() < 0 ? ZERO : scaled(amount);
    }

    /** {@code round2(base × percent / 100)}, rounded once per line (CS-01 step 4). */
    public static BigDecimal percentOf(BigDecimal base, BigDecimal percent) {
        return base.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    public static boolean isPositive(BigDecimal amount) {
        return amount.signum() > 0;
    }
}
