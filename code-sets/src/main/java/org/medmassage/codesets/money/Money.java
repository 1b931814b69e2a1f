package org.medmassage.codesets.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money is a {@link BigDecimal} at scale 2, rounded HALF_UP once per service line (RULEBOOK conventions), never a
 * {@code double}: the one place that says so, for claims-service and benefits-service alike.
 */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {
    }

    /** An amount written as text, e.g. {@code "80"} → 80.00. */
    public static BigDecimal of(String amount) {
        return scaled(new BigDecimal(amount));
    }

    /** Scale 2; an amount with more precision than cents is rounded HALF_UP. */
    public static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** A line's amount: {@code round2(perUnit × units)}. */
    public static BigDecimal times(BigDecimal perUnit, int units) {
        return scaled(perUnit.multiply(BigDecimal.valueOf(units)));
    }

    /** {@code round2(base × percent / 100)}, rounded once per line (CS-01 step 4). */
    public static BigDecimal percentOf(BigDecimal base, BigDecimal percent) {
        return base.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The smaller of two amounts; the first when they are equal. */
    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Never below zero: a remainder cannot be negative even when postings exceed the plan amount. */
    public static BigDecimal floorAtZero(BigDecimal amount) {
        return amount.signum() < 0 ? ZERO : scaled(amount);
    }

    public static boolean isPositive(BigDecimal amount) {
        return amount.signum() > 0;
    }
}
