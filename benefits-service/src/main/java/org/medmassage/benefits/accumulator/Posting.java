package org.medmassage.benefits.accumulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.medmassage.codesets.money.Money;

/** One ledger row: what a claim added to one bucket. The DOS, not the posting date, places it in a plan year (CS-03). */
public record Posting(String claimId, LocalDate dateOfService, Bucket bucket, BigDecimal amount) {

    public Posting {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(bucket, "bucket");
        amount = Money.scaled(Objects.requireNonNull(amount, "amount"));
    }
}
