package org.medmassage.authorization.application;

import java.util.Optional;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.AuthorizationIntake;
import org.medmassage.authorization.decision.AuthorizationRequest;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A provider asks to treat: decide at once against the member's plan (§1.3, MN-09, the MN-06 gate) and the known
 * referral, or pend until it arrives (PA-01, PA-02).
 */
@Service
public class RequestAuthorization {

    private final UnitOfWork unitOfWork;
    private final Outbox outbox;
    private final MemberLock memberLock;
    private final KnownReferrals referrals;
    private final Authorizations authorizations;
    private final AuthorizationIntake intake;
    private final PlanTermsOfRequest planTerms;
    private final ReEvaluations reEvaluations;
    private final TurnaroundMetrics metrics;

    public RequestAuthorization(UnitOfWork unitOfWork, Outbox outbox, MemberLock memberLock,
            KnownReferrals referrals, Authorizations authorizations,
            AuthorizationIntake intake, PlanTermsOfRequest planTerms, ReEvaluations reEvaluations,
            TurnaroundMetrics metrics) {
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
        this.memberLock = memberLock;
        this.referrals = referrals;
        this.authorizations = authorizations;
        this.intake = intake;
        this.metrics = metrics;
        this.planTerms = planTerms;
        this.reEvaluations = reEvaluations;
    }

    public Mono<AuthorizationView> request(AuthorizationRequest request) {
        // a freshly issued number that collides with an existing one fails the unique index: issue another
        return Mono.defer(() -> unitOfWork.execute(receive(request)))
                .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance))
                .doOnNext(received -> metrics.decided(received.authorization(), TurnaroundMetrics.DecidedBy.AUTO));
    }

    private Mono<AuthorizationView> receive(AuthorizationRequest request) {
        return memberLock.lock(request.memberId())
                .then(referrals.findById(request.referralId()).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(referral -> authorizations.sessionsCertifiedOn(request.referralId())
                        .zipWith(planTerms.of(request))
                        .map(known -> intake.receive(request, referral, known.getT1(), known.getT2())))
                .flatMap(this::save);
    }

    private Mono<AuthorizationView> save(AuthorizationIntake.Received received) {
        Authorization authorization = received.authorization();
        return authorizations.add(authorization)
                .then(GatedDecisions.record(reEvaluations, received))
                .then(outbox.append(DecisionEvents.of(authorization), null))
                .then(GatedDecisions.view(reEvaluations, authorization, 0));
    }
}
