package org.medmassage.claims.adjudication;

import java.util.Objects;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * A line of a visit denied on its own for its full charge while the other lines go on: the member's plan does not cover
 * its procedure (RULEBOOK §5.2 step 0, e.g. PR-204 with N130) or the authorization does not (PA-05 Example 6d, CO-284).
 */
public record UncoveredLine(int lineNumber, CodedRejection rejection) {

    public UncoveredLine {
        Objects.requireNonNull(rejection, "rejection");
    }
}
