package org.medmassage.claims.payer;

import java.util.Objects;

/**
 * The other payer's denial sent with a claim for an injury (837P 2320/2430 CAS): e.g. the workers' compensation
 * carrier's P2 "not work related" (RULEBOOK §7.2), after which the health plan pays the claim as its own.
 */
public record PriorPayerDenial(String carc) {

    public PriorPayerDenial {
        Objects.requireNonNull(carc, "carc");
    }
}
