package org.medmassage.benefits.costshare;

import java.util.Objects;
import org.medmassage.codesets.remittance.CodedRejection;

/** A line of a covered visit that the plan does not cover, with its coded refusal; it posts nothing (CS-05). */
public record UncoveredLine(int lineNumber, String procedureCode, CodedRejection rejection) {

    public UncoveredLine {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(rejection, "rejection");
    }
}
