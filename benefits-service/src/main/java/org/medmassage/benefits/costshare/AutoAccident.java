package org.medmassage.benefits.costshare;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The auto accident a claim billed to auto PIP is for (837P DTP*439, CLM11 AA:&lt;state&gt;): the PIP limit is per
 * accident, and the accident's state decides what PIP pays (RULEBOOK §7.3, ALT-03).
 */
public record AutoAccident(LocalDate date, String state) {

    public AutoAccident {
        Objects.requireNonNull(date, "accident date");
        Objects.requireNonNull(state, "accident state");
    }
}
