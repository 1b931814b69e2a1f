package org.medmassage.claims.payer;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The other payer's answer sent with a claim for an injury (837P 2320/2430 CAS and AMT*D): e.g. the workers'
 * compensation carrier's P2 "not work related" (RULEBOOK §7.2), after which the health plan pays the claim as its own;
 * or auto PIP's 119 "limit reached" with what it {@code paid} before the limit (RULEBOOK §7.3, Example 11), after
 * which the health plan pays as secondary by its coordination-of-benefits method (decision 0074). No amount: the
 * other payer paid nothing.
 */
public record PriorPayerDenial(String carc, BigDecimal paid) {

    public PriorPayerDenial {
        Objects.requireNonNull(carc, "carc");
    }

    /** The other payer paid nothing. */
    public PriorPayerDenial(String carc) {
        this(carc, null);
    }

    /** What the other payer paid for the visit, when it paid something. */
    public Optional<BigDecimal> amountPaid() {
        return Optional.ofNullable(paid).filter(amount -> amount.signum() > 0);
    }
}
