package org.medmassage.referral.application;

import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Sessions used per referral (MN-04, MN-05), as authorization-service reports them. An authorization's visit events
 * name only the authorization, so an approval first links authorization → referral; each visit event then stores that
 * authorization's running total of visits used. On a plan without pre-authorization a visit uses a referral's session
 * directly, and its events name the referral with its running total of such sessions (ADR 0066), stored per referral.
 * Idempotent by construction. The listener runs these inside its inbox unit of work, so none of them opens one.
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

    /** A visit with neither an authorization nor a referral session (none counted, or an older sender): nothing. */
    public Mono<Void> onVisitAuthorized(VisitAuthorized visit) {
        return record(visit.memberId(), visit.authorizationId(), visit.visitsUsed(), visit.referralId(),
                visit.referralSessionsUsed());
    }

    public Mono<Void> onVisitReleased(VisitReleased visit) {
        return record(visit.memberId(), visit.authorizationId(), visit.visitsUsed(), visit.referralId(),
                visit.referralSessionsUsed());
    }

    private Mono<Void> record(String memberId, String authorizationId, int visitsUsed, String referralId,
            Integer referralSessionsUsed) {
        Mono<Void> onAuthorization = authorizationId == null ? Mono.empty()
                : referrals.recordVisitsUsed(authorizationId, visitsUsed);
        Mono<Void> onReferral = referralId == null || referralSessionsUsed == null ? Mono.empty()
                : referrals.recordSessionsUsedOnVisits(referralId, memberId, referralSessionsUsed);
        return onAuthorization.then(onReferral);
    }
}
