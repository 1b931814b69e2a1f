package org.medmassage.authorization.usage;

import java.util.List;
import java.util.Objects;
import org.medmassage.codesets.remittance.CodedRejection;

/** Which authorization covers a billed visit (PA-03), or the coded reason none does (PA-05). */
public sealed interface MatchResult {

    /**
     * {@code codesNotAuthorized}: billed codes the authorization does not cover while it covers the others; their lines
     * are denied CO-284 and the rest of the visit adjudicates normally (PA-05, Example 6d).
     */
    record Usable(AuthorizedVisits authorization, List<String> codesNotAuthorized) implements MatchResult {

        public Usable {
            Objects.requireNonNull(authorization, "authorization");
            codesNotAuthorized = List.copyOf(codesNotAuthorized);
        }

        /** Every billed code authorized. */
        public Usable(AuthorizedVisits authorization) {
            this(authorization, List.of());
        }

        public boolean coversEveryCode() {
            return codesNotAuthorized.isEmpty();
        }
    }

    /**
     * No authorization covers the visit: the {@code problem} of the closest one, the authorization it concerns (the
     * cited number when none was found) and a reason for people.
     */
    record Unusable(AuthorizationProblem problem, String authorizationNumber, String reason) implements MatchResult {

        public Unusable {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(reason, "reason");
        }

        /** PA-05: the coded denial, as the visit's answer carries it. */
        public CodedRejection rejection() {
            return problem.rejection(reason);
        }

        /** PA-03: this authorization failed at a later step of the match than {@code other}'s. */
        boolean gotFurtherThan(Unusable other) {
            return problem.gotFurtherThan(other.problem);
        }
    }
}
