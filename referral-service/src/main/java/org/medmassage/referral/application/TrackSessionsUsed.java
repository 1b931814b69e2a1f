package org.medmassage.referral.application;

import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Sessions used per referral (MN-04, MN-05), as authorization-service reports them. Its visit events name only the
 * authorization, so an approval first links authorization → referral; each visit event then stores that
 * authorization's running total of visits used. Idempotent by construction. The listener runs these inside its
 * inbox unit of work, so none of them opens one.
 */
@Service
public class TrackSessionsUsed {

    private final Referrals referrals;

    public TrackSessionsUsed(Referrals referrals) {
        this.referrals = referrals;
    }

    public Mono<Void> onAuthApproved(AuthApproved approved) {
        return referrals.linkAuthorization(approved.authorizationId(), approved.referralId(), approved.memberId());
    }

    public Mono<Void> onAuthPartiallyApproved(AuthPartiallyApproved approved) {
        return referrals.linkAuthorization(approved.authorizationId(), approved.referralId(), approved.memberId());
    }

    /** A visit without an authorization (plan needs none) draws on no referral here. */
    public Mono<Void> onVisitAuthorized(VisitAuthorized visit) {
        return visit.authorizationId() == null ? Mono.empty()
                : referrals.recordVisitsUsed(visit.authorizationId(), visit.visitsUsed());
    }

    public Mono<Void> onVisitReleased(VisitReleased visit) {
        return visit.authorizationId() == null ? Mono.empty()
                : referrals.recordVisitsUsed(visit.authorizationId(), visit.visitsUsed());
    }
}
