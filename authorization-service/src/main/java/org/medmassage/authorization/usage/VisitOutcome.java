package org.medmassage.authorization.usage;

import java.util.List;
import org.medmassage.codesets.remittance.CodedRejection;

/** What authorization answers for a billed visit. */
public sealed interface VisitOutcome {

    /** The member's coverage does not ask for a prior authorization on that date. */
    record AuthorizationNotRequired() implements VisitOutcome {
    }

    /**
     * Covered by an authorization. {@code newlyConsumed} is false when the date was already used on it (a second claim
     * for the same DOS); {@code exhaustedNow} is true when this visit used the last one. {@code codesNotAuthorized}
     * are billed codes the authorization lacks: only their lines are denied CO-284 (PA-05, Example 6d).
     */
    record Authorized(AuthorizedVisits authorization, boolean newlyConsumed, List<String> codesNotAuthorized)
            implements VisitOutcome {

        public Authorized {
            codesNotAuthorized = List.copyOf(codesNotAuthorized);
        }

        /** Every billed code authorized. */
        public Authorized(AuthorizedVisits authorization, boolean newlyConsumed) {
            this(authorization, newlyConsumed, List.of());
        }

        public int visitsUsed() {
            return authorization.visitsUsed();
        }

        public int visitsRemaining() {
            return authorization.visitsRemaining();
        }

        public boolean exhaustedNow() {
            return newlyConsumed && authorization.isExhausted();
        }
    }

    /** Refused as {@code rejection} says (PA-05); {@code authorizationNumber} names the authorization it concerns. */
    record NotAuthorized(CodedRejection rejection, String authorizationNumber) implements VisitOutcome {
    }

    /**
     * Not answered yet: no coverage is known on the date of service and no authorization covers the visit, so the
     * refusal could be only the coverage's late arrival. The visit is decided when the coverage arrives, or refused
     * as {@code refusal} says when the wait runs out.
     */
    record AwaitingCoverage(CodedRejection refusal) implements VisitOutcome {
    }
}
