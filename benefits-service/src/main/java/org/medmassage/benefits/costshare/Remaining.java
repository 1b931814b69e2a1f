package org.medmassage.benefits.costshare;

import java.math.BigDecimal;
import java.util.Objects;
import org.medmassage.codesets.money.Money;

/** What is left of the deductible and the out-of-pocket maximum of one tier before a claim; a null OOP means no cap. */
public record Remaining(BigDecimal deductible, BigDecimal outOfPocket) {

    public Remaining {
        deductible = Money.scaled(Objects.requireNonNull(deductible, "deductible"));
        outOfPocket = outOfPocket == null ? null : Money.scaled(outOfPocket);
    }

    public static Remaining uncapped(BigDecimal deductible) {
        return new Remaining(deductible, null);
    }

    Remaining after(LineShare share) {
        BigDecimal oop = outOfPocket == null ? null : outOfPocket.subtract(share.patientResponsibility());
        return new Remaining(deductible.subtract(share.deductible()), oop);
    }
}
