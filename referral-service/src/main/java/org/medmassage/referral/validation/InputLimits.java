package org.medmassage.referral.validation;

import java.util.List;
import java.util.Optional;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * Sizes no real referral exceeds, so an absurd request (10,000 codes, a megabyte name) is refused naming the field
 * before any code is looked up. Not rulebook rules: reported under the constraint name {@code Size}.
 */
final class InputLimits {

    /** An 837P claim's HI segment carries at most 12 diagnosis codes (RULEBOOK §8.1), so a referral needs no more. */
    static final int MAX_DIAGNOSIS_CODES = 12;
    static final int MAX_PROCEDURE_CODES = 12;
    static final int MAX_TEXT = 200;

    private InputLimits() {
    }

    static Optional<FieldProblem> list(String field, List<?> values, int max) {
        if (values != null && values.size() > max) {
            return Optional.of(new FieldProblem(field, "Size", field + " lists at most " + max + " entries, got "
                    + values.size()));
        }
        return Optional.empty();
    }

    static Optional<FieldProblem> text(String field, String value) {
        if (value != null && value.codePointCount(0, value.length()) > MAX_TEXT) {
            return Optional.of(new FieldProblem(field, "Size", field + " is at most " + MAX_TEXT + " characters long"));
        }
        return Optional.empty();
    }
}
