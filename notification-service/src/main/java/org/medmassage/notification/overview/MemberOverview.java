package org.medmassage.notification.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthDenied;
import org.medmassage.events.authorization.AuthExhausted;
import org.medmassage.events.authorization.AuthExpired;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.events.authorization.AuthPended;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.referral.ReferralExpired;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.events.referral.ReferralRevoked;

/**
 * A member's massage benefit as it stands (issue 16 item 1): the referral, the authorization with visits left, the
 * plan year's deductible, out-of-pocket and visits, and each claim. A pure fold of the other services' events, in the
 * order this service consumed them; every part is absent until an event tells it. {@code revision} counts the events
 * folded in, so a reader can tell the newer of two copies.
 */
public record MemberOverview(
        String memberId,
        ReferralStanding referral,
        AuthorizationStanding authorization,
        BenefitStanding benefits,
        List<ClaimStanding> claims,
        Instant asOf,
        long revision) {

    /** The events that change an overview; the others are not read for it. */
    public static final Set<Class<? extends DomainEvent>> EVENTS = Set.of(ReferralRecorded.class,
            ReferralRevoked.class, ReferralExpired.class, AuthApproved.class, AuthPartiallyApproved.class,
            AuthPended.class, AuthDenied.class, AuthExpired.class, AuthExhausted.class, VisitAuthorized.class,
            VisitReleased.class, CoverageActivated.class, CostShareApplied.class, AccumulatorsReversed.class,
            ClaimAdjudicated.class, ClaimVoided.class);

    private static final String HEALTH_PLAN = "HEALTH_PLAN";
    private static final Set<String> OTHER_PAYER_COVERAGES = Set.of("WORKERS_COMP", "AUTO_PIP");

    public MemberOverview {
        claims = List.copyOf(claims);
    }

    public static MemberOverview empty(String memberId) {
        return new MemberOverview(memberId, null, null, null, List.of(), null, 0);
    }

    /**
     * The overview after one more event. {@code explanation}: the words the member was told about it, if any (a
     * claim's standing repeats them).
     */
    public MemberOverview after(DomainEvent event, Instant occurredAt, String explanation) {
        MemberOverview next = withReferralOf(event).withAuthorizationOf(event).withBenefitsOf(event)
                .withClaimsOf(event, explanation);
        return new MemberOverview(memberId, next.referral, next.authorization, next.benefits, next.claims, occurredAt,
                revision + 1);
    }

    private MemberOverview withReferralOf(DomainEvent event) {
        if (event instanceof ReferralRecorded recorded) {
            return withReferral(ReferralStanding.recorded(recorded));
        }
        if (referral != null && event instanceof ReferralRevoked revoked) {
            return withReferral(referral.revoked(revoked));
        }
        if (referral != null && event instanceof ReferralExpired expired) {
            return withReferral(referral.expired(expired));
        }
        return this;
    }

    private MemberOverview withAuthorizationOf(DomainEvent event) {
        if (event instanceof AuthApproved approved) {
            return withAuthorization(AuthorizationStanding.approved(approved));
        }
        if (event instanceof AuthPartiallyApproved approved) {
            return withAuthorization(AuthorizationStanding.partiallyApproved(approved));
        }
        if (event instanceof AuthPended pended) {
            return withAuthorization(AuthorizationStanding.pended(pended));
        }
        if (event instanceof AuthDenied denied) {
            return withAuthorization(AuthorizationStanding.denied(denied));
        }
        if (authorization == null) {
            return this;
        }
        if (event instanceof AuthExpired expired) {
            return withAuthorization(authorization.expired(expired));
        }
        if (event instanceof AuthExhausted exhausted) {
            return withAuthorization(authorization.exhausted(exhausted));
        }
        if (event instanceof VisitAuthorized visit) {
            return withAuthorization(authorization.visitAuthorized(visit));
        }
        if (event instanceof VisitReleased released) {
            return withAuthorization(authorization.visitReleased(released));
        }
        return this;
    }

    // auto PIP and other payers keep ledgers of their own: the plan's figures move with the health plan only
    private MemberOverview withBenefitsOf(DomainEvent event) {
        if (event instanceof CoverageActivated coverage && isPlanCoverage(coverage.payerType())) {
            return withBenefits(benefits == null ? BenefitStanding.limitOnly(coverage.visitLimit())
                    : benefits.withVisitLimit(coverage.visitLimit()));
        }
        if (event instanceof CostShareApplied applied && isHealthPlan(applied.payer())) {
            return withBenefits((benefits == null ? BenefitStanding.limitOnly(applied.visitLimit()) : benefits)
                    .applied(applied));
        }
        if (event instanceof AccumulatorsReversed reversed && benefits != null) {
            return withBenefits(benefits.reversed(reversed));
        }
        return this;
    }

    private MemberOverview withClaimsOf(DomainEvent event, String explanation) {
        if (event instanceof ClaimAdjudicated adjudicated) {
            return withClaim(adjudicated.claimId(), ClaimStanding.adjudicated(adjudicated, explanation));
        }
        if (event instanceof ClaimVoided voided) {
            return claims.stream().filter(claim -> claim.claimId().equals(voided.claimId())).findFirst()
                    .map(claim -> withClaim(claim.claimId(), claim.voided(explanation)))
                    .orElse(this);
        }
        return this;
    }

    /** A claim decided again (a corrected claim keeps its id) replaces its earlier standing, in place. */
    private MemberOverview withClaim(String claimId, ClaimStanding standing) {
        List<ClaimStanding> next = new ArrayList<>(claims);
        next.removeIf(claim -> claim.claimId().equals(claimId));
        next.add(standing);
        return new MemberOverview(memberId, referral, authorization, benefits, next, asOf, revision);
    }

    private MemberOverview withReferral(ReferralStanding standing) {
        return new MemberOverview(memberId, standing, authorization, benefits, claims, asOf, revision);
    }

    private MemberOverview withAuthorization(AuthorizationStanding standing) {
        return new MemberOverview(memberId, referral, standing, benefits, claims, asOf, revision);
    }

    private MemberOverview withBenefits(BenefitStanding standing) {
        return new MemberOverview(memberId, referral, authorization, standing, claims, asOf, revision);
    }

    // Set.of(..).contains(null) throws: an absent payer type is a commercial plan
    private static boolean isPlanCoverage(String payerType) {
        return payerType == null || !OTHER_PAYER_COVERAGES.contains(payerType);
    }

    private static boolean isHealthPlan(String payer) {
        return payer == null || HEALTH_PLAN.equals(payer);
    }
}
