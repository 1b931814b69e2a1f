package org.medmassage.authorization.usage;

import java.util.Objects;

/** A coded "no" to a visit: the problem (CARC + RARC), the authorization it concerns if any, and a reason for people. */
public record Rejection(AuthorizationProblem problem, String authorizationNumber, String reason) {

    public Rejection {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(reason, "reason");
    }

    public String carc() {
        return problem.carc();
    }

    public String rarc() {
        return problem.rarc();
    }
}
