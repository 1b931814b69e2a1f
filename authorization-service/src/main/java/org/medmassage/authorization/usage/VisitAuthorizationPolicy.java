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
        MatchResult.Usable usable = (MatchResult.Usable) result;
        AuthorizedVisits before = usable.authorization();
        boolean newlyConsumed = before.consumedOn(visit.dateOfService()).isEmpty();
        // a partly authorized visit still uses the date's visit: its authorized lines are treated (PA-04)
        return new VisitOutcome.Authorized(before.consume(visit), newlyConsumed, usable.codesNotAuthorized());
    }
}
