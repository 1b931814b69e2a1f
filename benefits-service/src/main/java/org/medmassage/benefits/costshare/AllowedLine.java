package org.medmassage.benefits.costshare;

import java.math.BigDecimal;
import java.util.Objects;
import org.medmassage.codesets.money.Money;

/**
 * A priced service line: only the allowed amount is shared; billed − allowed is the claim's business (CO-45/PR-45).
 * The procedure code decides whether the plan covers the line at all (RULEBOOK §5.2 step 0).
 */
public record AllowedLine(int lineNumber, String procedureCode, BigDecimal allowed) {

    public AllowedLine {
        Objects.requireNonNull(procedureCode, "procedureCode");
        allowed = Money.scaled(Objects.requireNonNull(allowed, "allowed"));
        if (allowed.signum() < 0) {
            throw new IllegalArgumentException("allowed must not be negative on line " + lineNumber);
        }
    }
}
