package org.medmassage.authorization.usage;

import java.util.List;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * What authorization answers for a billed visit. {@code codesWithoutReferral}, on every answer that is given: billed
 * massage codes without the active referral the plan requires; their lines are denied CO-288 (MN-01).
 */
public sealed interface VisitOutcome {

    /**
     * The member's coverage does not ask for a prior authorization on that date. {@code referralSession}: the referral
     * whose session the visit uses, once used (MN-04, ADR 0066); null when the plan counts none.
     */
    record AuthorizationNotRequired(List<String> codesWithoutReferral, ReferralSessions referralSession)
            implements VisitOutcome {

        public AuthorizationNotRequired {
            codesWithoutReferral = List.copyOf(codesWithoutReferral);
        }

        public AuthorizationNotRequired(List<String> codesWithoutReferral) {
            this(codesWithoutReferral, null);
        }

        /** Every massage line referred, or the plan needs no referral. */
        public AuthorizationNotRequired() {
            this(List.of());
        }
    }

    /**
     * Covered by an authorization. {@code newlyConsumed} is false when the date was already used on it (a second claim
     * for the same DOS); {@code exhaustedNow} is true when this visit used the last one. {@code codesNotAuthorized}
     * are billed codes the authorization lacks: only their lines are denied CO-284 (PA-05, Example 6d).
     */
    record Authorized(AuthorizedVisits authorization, boolean newlyConsumed, List<String> codesNotAuthorized,
            List<String> codesWithoutReferral) implements VisitOutcome {

        public Authorized {
            codesNotAuthorized = List.copyOf(codesNotAuthorized);
            codesWithoutReferral = List.copyOf(codesWithoutReferral);
        }

        public Authorized(AuthorizedVisits authorization, boolean newlyConsumed, List<String> codesNotAuthorized) {
            this(authorization, newlyConsumed, codesNotAuthorized, List.of());
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

    /**
     * Refused as {@code rejection} says (PA-05, or MN-01 when no line has a referral); {@code authorizationNumber}
     * names the authorization it concerns. The lines of {@code codesWithoutReferral} are denied CO-288, the others
     * with {@code rejection}.
     */
    record NotAuthorized(CodedRejection rejection, String authorizationNumber, List<String> codesWithoutReferral)
            implements VisitOutcome {

        public NotAuthorized {
            codesWithoutReferral = List.copyOf(codesWithoutReferral);
        }

        public NotAuthorized(CodedRejection rejection, String authorizationNumber) {
            this(rejection, authorizationNumber, List.of());
        }
    }

    /**
     * Not answered yet: no coverage is known on the date of service and no authorization covers the visit, so the
     * refusal could be only the coverage's late arrival. The visit is decided when the coverage arrives, or refused
     * as {@code refusal} says when the wait runs out.
     */
    record AwaitingCoverage(CodedRejection refusal) implements VisitOutcome {
    }
}
