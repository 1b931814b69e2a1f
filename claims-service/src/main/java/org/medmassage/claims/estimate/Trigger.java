package org.medmassage.claims.estimate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What obliges the provider to give a Good Faith Estimate, and on which day (45 CFR 149.610(b)(1)(vi), ALT-04): the
 * self-pay patient's services were scheduled, or the patient asked for an estimate (a question about cost counts).
 */
public record Trigger(Kind kind, LocalDate on) {

    public enum Kind { SCHEDULED, REQUESTED }

    public Trigger {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
    }

    public static Trigger scheduledOn(LocalDate day) {
        return new Trigger(Kind.SCHEDULED, day);
    }

    public static Trigger requestedOn(LocalDate day) {
        return new Trigger(Kind.REQUESTED, day);
    }
}
