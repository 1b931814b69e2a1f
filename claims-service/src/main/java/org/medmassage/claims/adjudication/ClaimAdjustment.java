package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import java.util.Objects;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;

/** One 835 CAS triplet on a line: group, CARC, amount. */
public record ClaimAdjustment(AdjustmentGroup group, String carc, BigDecimal amount) {

    public ClaimAdjustment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(carc, "carc");
        amount = Money.scaled(amount);
    }

    public static ClaimAdjustment of(AdjustmentGroup group, String carc, String amount) {
        return new ClaimAdjustment(group, carc, new BigDecimal(amount));
    }

    public boolean isPatientResponsibility() {
        return group.isPatientResponsibility();
    }
}
