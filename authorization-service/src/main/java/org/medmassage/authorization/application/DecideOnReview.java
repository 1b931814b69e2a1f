package org.medmassage.authorization.application;

import java.time.Clock;
import java.util.Optional;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.PendedAuthorization;
import org.medmassage.authorization.decision.Review;
import org.medmassage.authorization.decision.ReviewerDecision;
import org.medmassage.authorization.decision.ReviewerDecisionPolicy;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A reviewer decides a pended request (§6.2): the decision is bounded by the referral as an automatic one is, records
 * who decided and why, and emits the same event an automatic decision does (AuthApproved, AuthPartiallyApproved,
 * AuthDenied). A request no longer pended is refused, and so is a decision the policy refuses; nothing is stored then.
 */
@Service
public class DecideOnReview {

    private final UnitOfWork unitOfWork;
    private final Outbox outbox;
    private final MemberLock memberLock;
    private final KnownReferrals referrals;
    private final Authorizations authorizations;
    private final ReviewerDecisionPolicy policy;
    private final Clock clock;
    private final TurnaroundMetrics metrics;

    public DecideOnReview(UnitOfWork unitOfWork, Outbox outbox, MemberLock memberLock, KnownReferrals referrals,
            Authorizations authorizations, ReviewerDecisionPolicy policy, Clock clock, TurnaroundMetrics metrics) {
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
        this.memberLock = memberLock;
        this.referrals = referrals;
        this.authorizations = authorizations;
        this.policy = policy;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Empty when there is no such authorization; {@link AuthorizationNotPendedException} when it is decided already
     * (checked under the member's lock, so a referral arriving at the same time decides it once, one way or the other);
     * {@link ReviewRefusedException} when the decision is incomplete or breaks a rule.
     */
    public Mono<AuthorizationView> decide(String authorizationId, ReviewerDecision decision, String reviewer) {
        return unitOfWork.execute(authorizations.findById(authorizationId)
                .flatMap(found -> memberLock.lock(found.request().memberId())
                        .then(authorizations.findById(authorizationId)))
                .flatMap(current -> current instanceof PendedAuthorization pended ? review(pended, decision, reviewer)
                        : Mono.error(new AuthorizationNotPendedException(current))))
                .doOnNext(decided -> metrics.decided(decided.authorization(), TurnaroundMetrics.DecidedBy.REVIEWER));
    }

    private Mono<AuthorizationView> review(PendedAuthorization pended, ReviewerDecision decision, String reviewer) {
        String referralId = pended.request().referralId();
        return referrals.findById(referralId).map(Optional::of).defaultIfEmpty(Optional.empty())
                .zipWith(authorizations.sessionsCertifiedOn(referralId))
                .flatMap(known -> {
                    ReviewerDecisionPolicy.Result result = policy.decide(pended.request(), decision, known.getT1(),
                            known.getT2());
                    if (result instanceof ReviewerDecisionPolicy.Result.Refused refused) {
                        return Mono.error(new ReviewRefusedException(refused.incomplete(), refused.problems()));
                    }
                    return save(pended.decideOnReview(((ReviewerDecisionPolicy.Result.Decided) result).decision(),
                            new Review(reviewer, decision.reason().strip()), clock.instant()));
                })
                .map(decided -> new AuthorizationView(decided, 0));
    }

    private Mono<Authorization> save(Authorization decided) {
        return authorizations.recordDecision(decided)
                .then(outbox.append(DecisionEvents.of(decided), null))
                .thenReturn(decided);
    }
}
