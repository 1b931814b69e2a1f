package org.medmassage.claims.coding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One line of a claim as the coding edits see it: its number, procedure code, modifiers and units. */
public record BilledProcedure(int lineNumber, String procedureCode, List<String> modifiers, int units) {

    public BilledProcedure {
        Objects.requireNonNull(procedureCode, "procedureCode");
        modifiers = modifiers == null ? List.of()
                : modifiers.stream().map(modifier -> modifier.trim().toUpperCase(Locale.ROOT)).toList();
    }

    boolean carries(String modifier) {
        return modifiers.contains(modifier);
    }
}
