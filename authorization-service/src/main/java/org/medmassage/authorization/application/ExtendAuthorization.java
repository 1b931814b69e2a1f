package org.medmassage.authorization.application;

import java.util.Optional;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.DenialReasons;
import org.medmassage.authorization.extension.Extension;
import org.medmassage.authorization.extension.ExtensionPolicy;
import org.medmassage.authorization.extension.ExtensionWithinPlan;
import org.medmassage.authorization.reevaluation.ReEvaluation;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * PA-06: an extension of a certified authorization, decided by the same rules as a request — the referral's, then the
 * plan's (decision 0067) — and re-announced under the same id with the event a decision emits (AuthApproved or
 * AuthPartiallyApproved), as a progress report is (0063).
 */
@Service
public class ExtendAuthorization {

    /** Whose authorization it is: the member's, asked for by its rendering provider. */
    public record Owners(String memberId, String providerNpi) {
    }

    private final UnitOfWork unitOfWork;
    private final Outbox outbox;
    private final MemberLock memberLock;
    private final Authorizations authorizations;
    private final KnownReferrals referrals;
    private final ReEvaluations reEvaluations;
    private final VisitConsumption consumption;
    private final ExtensionPolicy policy;
    private final ExtensionWithinPlan withinPlan = new ExtensionWithinPlan();
    private final PlanTermsOfRequest planTerms;

    public ExtendAuthorization(UnitOfWork unitOfWork, Outbox outbox, MemberLock memberLock,
            Authorizations authorizations, KnownReferrals referrals, ReEvaluations reEvaluations,
            VisitConsumption consumption, ExtensionPolicy policy, PlanTermsOfRequest planTerms) {
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
        this.memberLock = memberLock;
        this.authorizations = authorizations;
        this.referrals = referrals;
        this.reEvaluations = reEvaluations;
        this.consumption = consumption;
        this.policy = policy;
        this.planTerms = planTerms;
    }

    /** Empty when there is no such authorization. */
    public Mono<Owners> ownersOf(String authorizationId) {
        return authorizations.findById(authorizationId)
                .map(found -> new Owners(found.request().memberId(), found.request().providerNpi()));
    }

    /**
     * {@link ExtensionNotAllowedException} when the authorization is not certified or waits for a progress report
     * (checked under the member's lock); {@link ExtensionRefusedException} when the extension asks for nothing more.
     */
    public Mono<AuthorizationView> extend(String authorizationId, Extension extension) {
        return unitOfWork.execute(authorizations.findById(authorizationId)
                .flatMap(found -> memberLock.lock(found.request().memberId())
                        .then(authorizations.findById(authorizationId)))
                .flatMap(current -> reEvaluations.findByAuthorization(current.id())
                        .map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(reEvaluation -> extensible(current, reEvaluation)
                                .flatMap(approved -> decide(approved, reEvaluation, extension)))));
    }

    private static Mono<ApprovedAuthorization> extensible(Authorization current, Optional<ReEvaluation> reEvaluation) {
        if (!(current instanceof ApprovedAuthorization approved)) {
            return Mono.error(new ExtensionNotAllowedException(current, DenialReasons.EXTENSION,
                    "only an approved or partly approved authorization is extended"));
        }
        if (reEvaluation.isPresent() && reEvaluation.get().awaitsReport()) {
            return Mono.error(new ExtensionNotAllowedException(current, DenialReasons.RE_EVALUATION_DUE,
                    "it waits for a progress report, which continues it (MN-06)"));
        }
        return Mono.just(approved);
    }

    private Mono<AuthorizationView> decide(ApprovedAuthorization authorization, Optional<ReEvaluation> reEvaluation,
            Extension extension) {
        String referralId = authorization.request().referralId();
        return referrals.findById(referralId).map(Optional::of).defaultIfEmpty(Optional.empty())
                .zipWith(authorizations.sessionsCertifiedOn(referralId))
                .zipWith(planTerms.of(authorization.request()))
                .flatMap(known -> {
                    // the referral's certified sessions include this authorization's own: the extension replaces them
                    ExtensionPolicy.Result result = policy.decide(authorization, extension, known.getT1().getT1(),
                            known.getT1().getT2() - authorization.approvedVisits());
                    if (result instanceof ExtensionPolicy.Result.Refused refused) {
                        return Mono.error(new ExtensionRefusedException(refused.problems()));
                    }
                    ApprovedAuthorization after = withinPlan.limit(authorization,
                            (ExtensionPolicy.Result.Decided) result, known.getT2().plan()).authorization();
                    return authorizations.recordExtension(after)
                            .then(outbox.append(DecisionEvents.of(after), null))
                            .then(consumption.findByAuthorization(after.id().value()))
                            .map(used -> new AuthorizationView(after, used.size(), reEvaluation));
                });
    }
}
