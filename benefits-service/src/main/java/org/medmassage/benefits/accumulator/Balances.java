package org.medmassage.benefits.accumulator;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.medmassage.codesets.money.Money;
import org.medmassage.events.NetworkTier;

/**
 * What a member, and the member's family, have accumulated in one plan year: sums of ledger rows, never stored on their
 * own. For self-only coverage the family totals are the member's.
 */
public record Balances(Map<Bucket, BigDecimal> totals, int visitsUsed, Map<Bucket, BigDecimal> familyTotals) {

    public Balances {
        totals = scaled(totals);
        familyTotals = scaled(familyTotals == null ? totals : familyTotals);
    }

    public Balances(Map<Bucket, BigDecimal> totals, int visitsUsed) {
        this(totals, visitsUsed, totals);
    }

    public static Balances none() {
        return new Balances(Map.of(), 0);
    }

    public BigDecimal total(Bucket bucket) {
        return totals.get(bucket);
    }

    public BigDecimal deductibleMet(NetworkTier tier) {
        return total(Bucket.deductible(tier));
    }

    public BigDecimal outOfPocketMet(NetworkTier tier) {
        return total(Bucket.outOfPocket(tier));
    }

    public BigDecimal familyDeductibleMet(NetworkTier tier) {
        return familyTotals.get(Bucket.deductible(tier));
    }

    public BigDecimal familyOutOfPocketMet(NetworkTier tier) {
        return familyTotals.get(Bucket.outOfPocket(tier));
    }

    private static Map<Bucket, BigDecimal> scaled(Map<Bucket, BigDecimal> totals) {
        EnumMap<Bucket, BigDecimal> copy = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            copy.put(bucket, Money.scaled(totals.getOrDefault(bucket, Money.ZERO)));
        }
        return Collections.unmodifiableMap(copy);
    }
}
