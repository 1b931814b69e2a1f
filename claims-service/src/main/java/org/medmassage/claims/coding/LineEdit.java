package org.medmassage.claims.coding;

import java.util.Objects;
import org.medmassage.codesets.remittance.CodedRejection;

/** A line a coding edit denies on its own, for its full charge, with the coded reason. */
public record LineEdit(int lineNumber, CodedRejection rejection) {

    public LineEdit {
        Objects.requireNonNull(rejection, "rejection");
    }
}
