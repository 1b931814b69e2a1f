package org.medmassage.benefits.accumulator;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.medmassage.benefits.money.Money;
import org.medmassage.events.NetworkTier;

/** What a member has accumulated in one plan year: sums of ledger rows, never stored on their own. */
public record Balances(Map<Bucket, BigDecimal> totals, int visitsUsed) {

    public Balances {
        EnumMap<Bucket, BigDecimal> copy = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            copy.put(bucket, Money.scaled(totals.getOrDefault(bucket, Money.ZERO)));
        }
        totals = Collections.unmodifiableMap(copy);
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
}
