package org.medmassage.benefits.accumulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medmassage.codesets.money.Money;

/** What deactivating one claim's ledger rows took back (CS-07); empty when the claim had posted nothing. */
public record Reversal(String claimId, LocalDate dateOfService, BigDecimal deductible, BigDecimal outOfPocket, int visits) {

    public Reversal {
        deductible = Money.scaled(deductible);
        outOfPocket = Money.scaled(outOfPocket);
    }

    public boolean isEmpty() {
        return dateOfService == null;
    }
}
