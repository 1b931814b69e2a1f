package org.medmassage.authorization.usage;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.medmassage.authorization.coverage.PreAuth;

/**
 * The right to treat on a date of service (DESIGN §4 step 2): the referral requirement (MN-01), then the pre-auth
 * requirement, PA-03 match and PA-04 consumption for the lines left. The referral comes first: it is what an
 * authorization is requested on (PA-01), so a line with neither is denied CO-288, the cause to fix first (ADR 0057).
 */
public final class VisitAuthorizationPolicy {

    private final AuthorizationMatch match;

    public VisitAuthorizationPolicy(AuthorizationMatch match) {
        this.match = match;
    }

    public VisitAuthorizationPolicy() {
        this(new AuthorizationMatch());
    }

    /** A visit on a plan that asks no referral, or whose massage lines all have one. */
    public VisitOutcome authorize(BilledVisit visit, PreAuth preAuth, Collection<AuthorizedVisits> memberAuthorizations,
            boolean mayAwaitCoverage) {
        return authorize(visit, preAuth, new ReferralCheck.Referred(), memberAuthorizations, mayAwaitCoverage);
    }

    /**
     * With {@code mayAwaitCoverage}, a visit refused only because no coverage is known on its date waits for the
     * coverage instead of being denied for good; once the wait is over it is refused (fail closed). A visit none of
     * whose lines has the referral it needs is refused before any authorization is looked at, so it uses no visit.
     */
    public VisitOutcome authorize(BilledVisit visit, PreAuth preAuth, ReferralCheck referral,
            Collection<AuthorizedVisits> memberAuthorizations, boolean mayAwaitCoverage) {
        return authorize(visit, preAuth, referral, memberAuthorizations, mayAwaitCoverage, Set.of());
    }

    /**
     * {@code codesNotCovered}: billed codes the member's plan does not cover on the date. CS-01 step 0 judges "benefit
     * exists" before the authorization checks, so their lines are neither matched nor refused here: they go on to
     * benefits, which denies them PR-204 (decision 0067).
     */
    public VisitOutcome authorize(BilledVisit visit, PreAuth preAuth, ReferralCheck referral,
            Collection<AuthorizedVisits> memberAuthorizations, boolean mayAwaitCoverage, Set<String> codesNotCovered) {
        List<String> withoutReferral = referral.codesWithoutReferral();
        if (referral instanceof ReferralCheck.ReferralAbsent absent && absent.deniesEveryLine(visit)) {
            return new VisitOutcome.NotAuthorized(absent.rejection(), visit.authorizationNumber(), withoutReferral);
        }
        BilledVisit referred = visit.without(withoutReferral);
        if (preAuth == PreAuth.NOT_REQUIRED) {
            return new VisitOutcome.AuthorizationNotRequired(withoutReferral, referral.session().orElse(null));
        }
        BilledVisit benefits = referred.without(List.copyOf(codesNotCovered));
        if (benefits.procedureCodes().isEmpty()) {
            // no line is a benefit: nothing to authorize, and no visit is used
            return new VisitOutcome.AuthorizationNotRequired(withoutReferral, null);
        }
        MatchResult result = match.match(benefits, memberAuthorizations);
        if (result instanceof MatchResult.Unusable unusable) {
            return preAuth == PreAuth.COVERAGE_UNKNOWN && mayAwaitCoverage
                    ? new VisitOutcome.AwaitingCoverage(unusable.rejection())
                    : new VisitOutcome.NotAuthorized(unusable.rejection(), unusable.authorizationNumber(),
                    withoutReferral);
        }
        MatchResult.Usable usable = (MatchResult.Usable) result;
        AuthorizedVisits before = usable.authorization();
        boolean newlyConsumed = before.consumedOn(visit.dateOfService()).isEmpty();
        // a partly authorized visit still uses the date's visit: its authorized lines are treated (PA-04)
        return new VisitOutcome.Authorized(before.consume(benefits), newlyConsumed, usable.codesNotAuthorized(),
                withoutReferral);
    }
}
