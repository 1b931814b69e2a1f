package org.medmassage.authorization.usage;

import java.util.Collection;
import org.medmassage.authorization.coverage.PreAuth;

/** The right to treat on a date of service (DESIGN §4 step 2): pre-auth requirement, PA-03 match, PA-04 consumption. */
public final class VisitAuthorizationPolicy {

    private final AuthorizationMatch match;

    public VisitAuthorizationPolicy(AuthorizationMatch match) {
        this.match = match;
    }

    public VisitAuthorizationPolicy() {
        this(new AuthorizationMatch());
    }

    /**
     * With {@code mayAwaitCoverage}, a visit refused only because no coverage is known on its date waits for the
     * coverage instead of being denied for good; once the wait is over it is refused (fail closed).
     */
    public VisitOutcome authorize(BilledVisit visit, PreAuth preAuth, Collection<AuthorizedVisits> memberAuthorizations,
            boolean mayAwaitCoverage) {
        if (preAuth == PreAuth.NOT_REQUIRED) {
            return new VisitOutcome.AuthorizationNotRequired();
        }
        MatchResult result = match.match(visit, memberAuthorizations);
        if (result instanceof MatchResult.Unusable unusable) {
            return preAuth == PreAuth.COVERAGE_UNKNOWN && mayAwaitCoverage
                    ? new VisitOutcome.AwaitingCoverage(unusable.rejection())
                    : new VisitOutcome.NotAuthorized(unusable.rejection(), unusable.authorizationNumber());
        }
        MatchResult.Usable usable = (MatchResult.Usable) result;
        AuthorizedVisits before = usable.authorization();
        boolean newlyConsumed = before.consumedOn(visit.dateOfService()).isEmpty();
        // a partly authorized visit still uses the date's visit: its authorized lines are treated (PA-04)
        return new VisitOutcome.Authorized(before.consume(visit), newlyConsumed, usable.codesNotAuthorized());
    }
}
