package org.medmassage.authorization.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.usage.AuthorizedVisits;
import org.medmassage.authorization.usage.ClaimRelease;
import org.medmassage.authorization.usage.ConsumedVisit;
import org.medmassage.authorization.usage.ReferralSessions;
import org.medmassage.authorization.usage.VisitRelease;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Compensation (DESIGN §4.6, PA-04): a claim denied or voided leaves its date's visit, which goes back only when no
 * other claim of that date still stands on it. VisitReleased is emitted only then: referral-service takes its
 * visitsUsed as the authorization's running total, and a visit that passes to another claim changes no total. On a
 * plan without pre-authorization the visit is a referral's session (ADR 0066), released by the same rule.
 */
@Service
public class ReleaseVisit {

    private final Outbox outbox;
    private final MemberLock memberLock;
    private final Authorizations authorizations;
    private final VisitConsumption consumption;
    private final KnownReferrals referrals;
    private final ReferralSessionConsumption sessions;

    public ReleaseVisit(Outbox outbox, MemberLock memberLock, Authorizations authorizations,
            VisitConsumption consumption, KnownReferrals referrals, ReferralSessionConsumption sessions) {
        this.outbox = outbox;
        this.memberLock = memberLock;
        this.authorizations = authorizations;
        this.consumption = consumption;
        this.referrals = referrals;
        this.sessions = sessions;
    }

    /** Runs inside the consumer's unit of work; only a DENIED adjudication leaves the visit ({@link ClaimRelease}). */
    public Mono<Void> onClaimAdjudicated(ClaimAdjudicated event, UUID causationId) {
        return ClaimRelease.leavesVisit(event.status()) ? release(event.claimId(), event.memberId(), causationId)
                : Mono.empty();
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onClaimVoided(ClaimVoided event, UUID causationId) {
        return release(event.claimId(), event.memberId(), causationId);
    }

    // a claim standing on no visit (or released already) changes nothing
    private Mono<Void> release(String claimId, String memberId, UUID causationId) {
        return memberLock.lock(memberId)
                .then(consumption.authorizationStoodOnBy(claimId))
                .flatMap(authorizationId -> authorizations.findById(authorizationId)
                        .cast(ApprovedAuthorization.class)
                        .flatMap(auth -> consumption.findByAuthorization(authorizationId)
                                .map(visits -> new AuthorizedVisits(auth, visits))))
                .flatMap(before -> record(before.authorization().id(), before.release(claimId), claimId, causationId))
                .then(releaseSession(claimId, memberId, causationId));
    }

    // the session goes back only with the last claim of its date; VisitReleased then carries the referral's new total
    private Mono<Void> releaseSession(String claimId, String memberId, UUID causationId) {
        return sessions.referralStoodOnBy(claimId)
                .flatMap(referralId -> referrals.findById(referralId)
                        .flatMap(referral -> sessions.byReferralOf(memberId)
                                .map(used -> new ReferralSessions(referral, sessionsOf(used, referralId), 0))))
                .flatMap(before -> recordSession(before, claimId, memberId, causationId));
    }

    private Mono<Void> recordSession(ReferralSessions before, String claimId, String memberId, UUID causationId) {
        LocalDate date = before.dateStoodOnBy(claimId).orElseThrow();
        ReferralSessions after = before.release(claimId);
        Mono<Void> leave = sessions.leave(before.referralId(), date, claimId);
        if (after.sessionsUsedByVisits() == before.sessionsUsedByVisits()) {
            return leave;
        }
        return leave.then(outbox.append(VisitReleased.referralSession(claimId, memberId, date, before.referralId(),
                after.sessionsUsedByVisits()), causationId)).then();
    }

    private static List<ConsumedVisit> sessionsOf(Map<String, List<ConsumedVisit>> used, String referralId) {
        return used.getOrDefault(referralId, List.of());
    }

    private Mono<Void> record(AuthorizationId id, VisitRelease release, String claimId, UUID causationId) {
        if (release instanceof VisitRelease.GivenBack givenBack) {
            return consumption.leave(id, givenBack.dateOfService(), claimId)
                    .then(consumption.remove(id, givenBack.dateOfService()))
                    .then(released(givenBack, claimId, causationId));
        }
        if (release instanceof VisitRelease.PassedOn passedOn) {
            return consumption.leave(id, passedOn.dateOfService(), claimId)
                    .then(consumption.passTo(id, passedOn.dateOfService(), passedOn.toClaimId()));
        }
        if (release instanceof VisitRelease.SharerLeft sharerLeft) {
            return consumption.leave(id, sharerLeft.dateOfService(), claimId);
        }
        return Mono.empty();
    }

    private Mono<Void> released(VisitRelease.GivenBack givenBack, String claimId, UUID causationId) {
        ApprovedAuthorization auth = givenBack.after().authorization();
        return outbox.append(new VisitReleased(claimId, auth.memberId(), auth.id().value(), auth.number().value(),
                givenBack.dateOfService(), givenBack.after().visitsUsed()), causationId).then();
    }
}
