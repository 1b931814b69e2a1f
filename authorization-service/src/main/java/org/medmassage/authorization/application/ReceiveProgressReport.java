package org.medmassage.authorization.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.reevaluation.ProgressReport;
import org.medmassage.authorization.reevaluation.ProgressReportPolicy;
import org.medmassage.authorization.reevaluation.ReEvaluation;
import org.medmassage.authorization.time.PayerCalendar;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * MN-06: a progress report on an authorization waiting at its re-evaluation gate. Measurable improvement certifies
 * the next block, a plateau denies the rest (MN-09); either way the authorization is re-announced with the event a
 * decision emits (AuthApproved or AuthPartiallyApproved), and the report is kept.
 */
@Service
public class ReceiveProgressReport {

    /** Who may report on an authorization: its rendering provider, and the prescriber of its referral. */
    public record Reporters(String memberId, String providerNpi, String prescriberNpi) {
    }

    private final UnitOfWork unitOfWork;
    private final Outbox outbox;
    private final MemberLock memberLock;
    private final Authorizations authorizations;
    private final KnownReferrals referrals;
    private final ReEvaluations reEvaluations;
    private final VisitConsumption consumption;
    private final ProgressReportPolicy policy;
    private final PayerCalendar calendar;
    private final Clock clock;

    public ReceiveProgressReport(UnitOfWork unitOfWork, Outbox outbox, MemberLock memberLock,
            Authorizations authorizations, KnownReferrals referrals, ReEvaluations reEvaluations,
            VisitConsumption consumption, ProgressReportPolicy policy, PayerCalendar calendar, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
        this.memberLock = memberLock;
        this.authorizations = authorizations;
        this.referrals = referrals;
        this.reEvaluations = reEvaluations;
        this.consumption = consumption;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Empty when there is no such authorization. */
    public Mono<Reporters> reportersOf(String authorizationId) {
        return authorizations.findById(authorizationId)
                .flatMap(found -> referrals.findById(found.request().referralId())
                        .map(referral -> Optional.ofNullable(referral.prescriberNpi()))
                        .defaultIfEmpty(Optional.empty())
                        .map(prescriber -> new Reporters(found.request().memberId(), found.request().providerNpi(),
                                prescriber.orElse(null))));
    }

    /**
     * {@link ProgressReportNotAwaitedException} when the authorization waits for no report (checked under the member's
     * lock); {@link ProgressReportRefusedException} when the report breaks a rule. Nothing is stored then.
     */
    public Mono<AuthorizationView> receive(String authorizationId, ProgressReport report) {
        return unitOfWork.execute(authorizations.findById(authorizationId)
                .flatMap(found -> memberLock.lock(found.request().memberId())
                        .then(authorizations.findById(authorizationId)))
                .flatMap(current -> reEvaluations.findByAuthorization(current.id())
                        .map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(reEvaluation -> awaited(current, reEvaluation)))
                .flatMap(awaited -> decide(awaited.authorization(), awaited.reEvaluation(), report)));
    }

    private record Awaited(ApprovedAuthorization authorization, ReEvaluation reEvaluation) {
    }

    private static Mono<Awaited> awaited(Authorization current, Optional<ReEvaluation> reEvaluation) {
        if (!(current instanceof ApprovedAuthorization approved)) {
            return Mono.error(new ProgressReportNotAwaitedException(current, "only a certified authorization continues"));
        }
        if (reEvaluation.isEmpty()) {
            return Mono.error(new ProgressReportNotAwaitedException(current, "it was not cut at a re-evaluation gate"));
        }
        if (!reEvaluation.get().awaitsReport()) {
            return Mono.error(new ProgressReportNotAwaitedException(current, "its re-evaluation is "
                    + reEvaluation.get().status() + " already"));
        }
        return Mono.just(new Awaited(approved, reEvaluation.get()));
    }

    private Mono<AuthorizationView> decide(ApprovedAuthorization authorization, ReEvaluation reEvaluation,
            ProgressReport report) {
        String referralId = authorization.request().referralId();
        // a report dated tomorrow is in the future on the payer's calendar, as every other date here (decision 0062)
        LocalDate today = calendar.today(clock.instant());
        return referrals.findById(referralId).map(Optional::of).defaultIfEmpty(Optional.empty())
                .zipWith(authorizations.sessionsCertifiedOn(referralId))
                .flatMap(known -> {
                    // the referral's certified sessions include this authorization's own: its next block replaces them
                    ProgressReportPolicy.Result result = policy.decide(authorization, reEvaluation, report,
                            known.getT1(), known.getT2() - authorization.approvedVisits(), today, clock.instant());
                    if (result instanceof ProgressReportPolicy.Result.Refused refused) {
                        return Mono.error(new ProgressReportRefusedException(refused.problems()));
                    }
                    return save((ProgressReportPolicy.Result.Decided) result, report);
                });
    }

    private Mono<AuthorizationView> save(ProgressReportPolicy.Result.Decided decided, ProgressReport report) {
        ApprovedAuthorization after = decided.authorization();
        return authorizations.recordReEvaluation(after)
                .then(reEvaluations.save(decided.reEvaluation()))
                .then(reEvaluations.addReport(after.id(), report, clock.instant()))
                .then(outbox.append(DecisionEvents.of(after), null))
                .then(consumption.findByAuthorization(after.id().value()))
                .map(used -> new AuthorizationView(after, used.size(), Optional.of(decided.reEvaluation())));
    }
}
