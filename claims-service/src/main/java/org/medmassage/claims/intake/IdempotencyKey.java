package org.medmassage.claims.intake;

import java.util.Objects;
import java.util.Optional;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * An {@code Idempotency-Key} header of POST /claims, scoped to the caller that sent it (the provider's NPI): two
 * providers' keys never collide, and a retry under the same scope and key returns the claim of the first request.
 */
public record IdempotencyKey(String scope, String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;
    private static final String RULE = "IDEMPOTENCY";

    public IdempotencyKey {
        Objects.requireNonNull(scope, "scope");
        if (problem(value).isPresent()) {
            throw new IllegalArgumentException(problem(value).get().message());
        }
    }

    /** Why a header value cannot be a key (a 400): blank, longer than 255 characters, or with a control character. */
    public static Optional<FieldProblem> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(new FieldProblem(HEADER, RULE, HEADER + " must not be blank"));
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of(new FieldProblem(HEADER, RULE,
                    HEADER + " must be at most " + MAX_LENGTH + " characters, not " + value.length()));
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(new FieldProblem(HEADER, RULE, HEADER + " must not contain control characters"));
        }
        return Optional.empty();
    }

    /** The same key sent with another claim: refused (a 422), never a second claim. */
    public FieldProblem reusedWithAnotherClaim() {
        return new FieldProblem(HEADER, RULE, "'" + value + "' was already used for another claim; "
                + "send a new key for a new claim, or the same claim again to get its answer");
    }
}
