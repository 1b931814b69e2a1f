package org.medmassage.benefits.costshare;

import java.math.BigDecimal;
import java.util.Objects;
import org.medmassage.benefits.money.Money;

/** A priced service line: only the allowed amount is shared; billed − allowed is the claim's business (CO-45/PR-45). */
public record AllowedLine(int lineNumber, BigDecimal allowed) {

    public AllowedLine {
        allowed = Money.scaled(Objects.requireNonNull(allowed, "allowed"));
        if (allowed.signum() < 0) {
            throw new IllegalArgumentException("allowed must not be negative on line " + lineNumber);
        }
    }
}
