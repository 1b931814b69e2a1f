package org.medmassage.benefits.costshare;

import java.util.Objects;

/** A line of a covered visit that the plan does not cover, with its coded refusal; it posts nothing (CS-05). */
public record UncoveredLine(int lineNumber, String procedureCode, Rejection rejection) {

    public UncoveredLine {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(rejection, "rejection");
    }
}
