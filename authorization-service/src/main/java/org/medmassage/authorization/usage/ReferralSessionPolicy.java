package org.medmassage.authorization.usage;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * MN-01 with MN-04/MN-05 on a plan that requires a referral but no pre-authorization (ADR 0066): a massage line needs a
 * referral of the member, active on the date of service and ordering its code, that holds the date's session or has
 * one left; the visit then uses one session of one referral per date (PA-04, shared by the claims of the date). Which:
 * the referral holding the date already, else the one the claim names (REF*9F), else the referral of the
 * authorization the claim cites, else the one whose window ends first.
 */
public final class ReferralSessionPolicy {

    private final ReferralRequirement requirement;

    public ReferralSessionPolicy(ReferralRequirement requirement) {
        this.requirement = requirement;
    }

    public ReferralSessionPolicy() {
        this(new ReferralRequirement());
    }

    public ReferralCheck check(BilledVisit visit, Collection<ReferralSessions> memberReferrals,
            Collection<AuthorizedVisits> memberAuthorizations) {
        List<String> massage = requirement.massageCodesOf(visit);
        List<String> withoutReferral = massage.stream()
                .filter(code -> memberReferrals.stream().noneMatch(referral -> referral.backs(visit, code)))
                .toList();
        ReferralSessions used = memberReferrals.stream()
                .filter(referral -> massage.stream().anyMatch(code -> referral.backs(visit, code)))
                .min(preferred(visit, citedAuthorizationsReferral(visit, memberAuthorizations)))
                .map(referral -> referral.use(visit))
                .orElse(null);
        if (withoutReferral.isEmpty()) {
            return new ReferralCheck.Referred(used);
        }
        return new ReferralCheck.ReferralAbsent(withoutReferral,
                ReferralRequirement.absent(visit, withoutReferral, usedUp(visit, withoutReferral, memberReferrals)),
                used);
    }

    private static Comparator<ReferralSessions> preferred(BilledVisit visit, String authorizationsReferral) {
        return Comparator.comparing((ReferralSessions referral) -> !referral.holds(visit.dateOfService()))
                .thenComparing(referral -> !referral.referralId().equals(visit.referralNumber()))
                .thenComparing(referral -> !referral.referralId().equals(authorizationsReferral))
                .thenComparing(referral -> referral.referral().window().to())
                .thenComparing(ReferralSessions::referralId);
    }

    // a plan without pre-authorization matches no authorization, but a claim may still cite one the provider holds
    private static String citedAuthorizationsReferral(BilledVisit visit, Collection<AuthorizedVisits> authorizations) {
        return authorizations.stream().map(AuthorizedVisits::authorization)
                .filter(auth -> auth.number().value().equals(visit.authorizationNumber()))
                .filter(auth -> auth.covers(visit.dateOfService()))
                .map(auth -> auth.request().referralId())
                .findFirst().orElse(null);
    }

    // MN-05: names the referral that would have backed the lines but for its sessions, ending first
    private static String usedUp(BilledVisit visit, List<String> withoutReferral,
            Collection<ReferralSessions> memberReferrals) {
        Optional<ReferralSessions> usedUp = memberReferrals.stream()
                .filter(referral -> withoutReferral.stream().anyMatch(code -> referral.isUsedUpFor(visit, code)))
                .min(Comparator.comparing((ReferralSessions referral) -> referral.referral().window().to()));
        return usedUp.map(referral -> "all " + referral.referral().sessions() + " sessions of referral "
                + referral.referralId() + " are used; ").orElse("");
    }
}
