package org.medmassage.authorization.application;

import java.time.Clock;
import java.util.UUID;
import org.medmassage.authorization.decision.AuthorizationIntake;
import org.medmassage.authorization.decision.PendedAuthorization;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A referral was recorded: remember it, then decide every request pended for it, oldest first, each seeing the
 * sessions the ones before it took (MN-05). A referral was revoked: remember that, and deny what was pended for it.
 */
@Service
public class DecidePendedAuthorizations {

    private final Outbox outbox;
    private final MemberLock memberLock;
    private final KnownReferrals referrals;
    private final Authorizations authorizations;
    private final AuthorizationIntake intake;
    private final PlanTermsOfRequest planTerms;
    private final ReEvaluations reEvaluations;
    private final Clock clock;
    private final TurnaroundMetrics metrics;

    public DecidePendedAuthorizations(Outbox outbox, MemberLock memberLock, KnownReferrals referrals,
            Authorizations authorizations, AuthorizationIntake intake, PlanTermsOfRequest planTerms,
            ReEvaluations reEvaluations, Clock clock, TurnaroundMetrics metrics) {
        this.outbox = outbox;
        this.memberLock = memberLock;
        this.referrals = referrals;
        this.authorizations = authorizations;
        this.intake = intake;
        this.planTerms = planTerms;
        this.reEvaluations = reEvaluations;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onReferralRecorded(ReferralRecorded event, UUID causationId) {
        KnownReferral referral = KnownReferral.recorded(event.referralId(), event.memberId(), event.procedureCodes(),
                event.sessions(), DateWindow.of(event.validFrom(), event.validTo()),
                event.prescriber() == null ? null : event.prescriber().npi());
        return memberLock.lock(event.memberId())
                .then(referrals.remember(referral))
                .thenMany(authorizations.pendedFor(referral.referralId()))
                .concatMap(pended -> decide(pended, referral, causationId))
                .then();
    }

    /** Runs inside the consumer's unit of work: requests still pended for a revoked referral are denied (A3). */
    public Mono<Void> onReferralRevoked(ReferralRevoked event, UUID causationId) {
        return memberLock.lock(event.memberId())
                .then(referrals.revoke(event.referralId(), event.reason()))
                .filter(Boolean::booleanValue)
                .flatMap(known -> referrals.findById(event.referralId()))
                .flatMapMany(referral -> authorizations.pendedFor(referral.referralId())
                        .concatMap(pended -> decide(pended, referral, causationId)))
                .then();
    }

    private Mono<Void> decide(PendedAuthorization pended, KnownReferral referral, UUID causationId) {
        return authorizations.sessionsCertifiedOn(referral.referralId())
                .zipWith(planTerms.of(pended.request()))
                .map(known -> intake.decidePended(pended, referral, known.getT1(), known.getT2(), clock.instant()))
                // a referral recorded again leaves a request pended for review as it is: nothing new to announce
                .filter(decided -> !(decided.authorization() instanceof PendedAuthorization still
                        && still.reason().equals(pended.reason())))
                .flatMap(decided -> authorizations.recordDecision(decided.authorization())
                        .then(GatedDecisions.record(reEvaluations, decided))
                        .then(outbox.append(DecisionEvents.of(decided.authorization()), causationId))
                        // inside the consumer's unit of work: a rollback and redelivery would record it twice (rare)
                        .doOnSuccess(appended -> metrics.decided(decided.authorization(),
                                TurnaroundMetrics.DecidedBy.AUTO)))
                .then();
    }
}
