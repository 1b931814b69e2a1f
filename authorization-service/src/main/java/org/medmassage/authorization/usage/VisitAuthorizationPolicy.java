package org.medmassage.authorization.usage;

import java.util.Collection;

/** The right to treat on a date of service (DESIGN §4 step 2): pre-auth requirement, PA-03 match, PA-04 consumption. */
public final class VisitAuthorizationPolicy {

    private final AuthorizationMatch match;

    public VisitAuthorizationPolicy(AuthorizationMatch match) {
        this.match = match;
    }

    public VisitAuthorizationPolicy() {
        this(new AuthorizationMatch());
    }

    public VisitOutcome authorize(BilledVisit visit, boolean preAuthRequired,
            Collection<AuthorizedVisits> memberAuthorizations) {
        if (!preAuthRequired) {
            return new VisitOutcome.AuthorizationNotRequired();
        }
        MatchResult result = match.match(visit, memberAuthorizations);
        if (result instanceof MatchResult.Unusable unusable) {
            return new VisitOutcome.NotAuthorized(unusable.rejection());
        }
        AuthorizedVisits before = ((MatchResult.Usable) result).authorization();
        boolean newlyConsumed = before.consumedOn(visit.dateOfService()).isEmpty();
        return new VisitOutcome.Authorized(before.consume(visit), newlyConsumed);
    }
}
