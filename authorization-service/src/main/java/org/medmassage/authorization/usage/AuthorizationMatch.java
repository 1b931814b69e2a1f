package org.medmassage.authorization.usage;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medmassage.authorization.decision.ApprovedAuthorization;

/**
 * PA-03: an authorization is usable for a visit iff it is the member's, the DOS is in its window, at least one billed
 * code is authorized, the provider is the one authorized and a visit is left; otherwise PA-05 says which code to deny
 * with. Usability is per line (PA-03), so codes the authorization lacks only deny their own lines CO-284 (Example 6d);
 * an authorization covering every billed code is preferred, since it pays the provider for more lines.
 * Matching on the number alone is the classic mistake (§10.8): the number only picks the authorization to check.
 */
public final class AuthorizationMatch {

    public MatchResult match(BilledVisit visit, Collection<AuthorizedVisits> memberAuthorizations) {
        List<AuthorizedVisits> candidates = memberAuthorizations.stream()
                .filter(auth -> auth.authorization().memberId().equals(visit.memberId()))
                .filter(auth -> !visit.citesAuthorization()
                        || auth.authorization().number().value().equals(visit.authorizationNumber()))
                // a date already used on an authorization stays on it; then the oldest window first
                .sorted(Comparator.comparing((AuthorizedVisits auth) -> auth.consumedOn(visit.dateOfService()).isEmpty())
                        .thenComparing(auth -> auth.authorization().window().from()))
                .toList();
        if (candidates.isEmpty()) {
            boolean memberHasAuthorizations = memberAuthorizations.stream()
                    .anyMatch(auth -> auth.authorization().memberId().equals(visit.memberId()));
            return memberHasAuthorizations ? wrongNumber(visit) : absent(visit);
        }
        MatchResult.Unusable closest = null;
        MatchResult.Usable partial = null;
        for (AuthorizedVisits candidate : candidates) {
            Optional<MatchResult.Unusable> rejection = check(visit, candidate);
            if (rejection.isEmpty()) {
                MatchResult.Usable usable = new MatchResult.Usable(candidate, notAuthorized(visit, candidate));
                if (usable.coversEveryCode()) {
                    return usable;
                }
                partial = partial == null ? usable : partial;
            } else if (closest == null || rejection.get().gotFurtherThan(closest)) {
                closest = rejection.get();
            }
        }
        return partial != null ? partial : closest;
    }

    private static List<String> notAuthorized(BilledVisit visit, AuthorizedVisits candidate) {
        return visit.procedureCodes().stream().filter(code -> !candidate.authorization().authorizes(code)).toList();
    }

    private static MatchResult.Unusable absent(BilledVisit visit) {
        String reason = visit.citesAuthorization()
                ? "authorization " + visit.authorizationNumber() + " is not on file for member " + visit.memberId()
                : "no authorization on file for member " + visit.memberId();
        return new MatchResult.Unusable(AuthorizationProblem.ABSENT, visit.authorizationNumber(), reason);
    }

    private static MatchResult.Unusable wrongNumber(BilledVisit visit) {
        return new MatchResult.Unusable(AuthorizationProblem.WRONG_NUMBER, visit.authorizationNumber(), "authorization "
                + visit.authorizationNumber() + " is not one of member " + visit.memberId() + "'s authorizations");
    }

    private static Optional<MatchResult.Unusable> check(BilledVisit visit, AuthorizedVisits candidate) {
        ApprovedAuthorization auth = candidate.authorization();
        String number = auth.number().value();
        if (!auth.covers(visit.dateOfService())) {
            return reject(AuthorizationProblem.OUTSIDE_WINDOW, number, "date of service " + visit.dateOfService()
                    + " is outside authorization " + number + " (" + auth.window() + ")");
        }
        List<String> notAuthorized = notAuthorized(visit, candidate);
        // only a visit with no authorized code at all is refused whole; partly authorized is Example 6d
        if (!notAuthorized.isEmpty() && notAuthorized.size() == visit.procedureCodes().size()) {
            return reject(AuthorizationProblem.SERVICE_NOT_AUTHORIZED, number, String.join(", ", notAuthorized)
                    + " not authorized by " + number + " (authorizes " + String.join(", ", auth.procedureCodes()) + ")");
        }
        if (!auth.isFor(visit.providerNpi())) {
            return reject(AuthorizationProblem.OTHER_PROVIDER, number, "authorization " + number
                    + " is for provider " + auth.providerNpi() + ", not " + visit.providerNpi());
        }
        if (candidate.isExhausted() && candidate.consumedOn(visit.dateOfService()).isEmpty()) {
            return reject(AuthorizationProblem.EXHAUSTED, number, "all " + auth.approvedVisits()
                    + " visits of authorization " + number + " are used");
        }
        return Optional.empty();
    }

    private static Optional<MatchResult.Unusable> reject(AuthorizationProblem problem, String number, String reason) {
        return Optional.of(new MatchResult.Unusable(problem, number, reason));
    }
}
