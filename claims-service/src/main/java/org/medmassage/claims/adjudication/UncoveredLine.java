package org.medmassage.claims.adjudication;

import java.util.Objects;
import org.medmassage.claims.reason.CodedRejection;

/**
 * A line of a cost-shared visit whose procedure the member's plan does not cover (RULEBOOK §5.2 step 0): it is denied
 * on its own for its full charge, e.g. PR-204 with N130, while benefits shares the other lines.
 */
public record UncoveredLine(int lineNumber, CodedRejection rejection) {

    public UncoveredLine {
        Objects.requireNonNull(rejection, "rejection");
    }
}
