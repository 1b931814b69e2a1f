package org.medmassage.authorization.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.PreAuth;
import org.medmassage.authorization.coverage.PreAuthRequirement;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.authorization.usage.AuthorizedVisits;
import org.medmassage.authorization.usage.BilledVisit;
import org.medmassage.authorization.usage.ReferralCheck;
import org.medmassage.authorization.usage.ReferralRequirement;
import org.medmassage.authorization.usage.ReferralSessionPolicy;
import org.medmassage.authorization.usage.ReferralSessions;
import org.medmassage.authorization.usage.VisitAuthorizationPolicy;
import org.medmassage.authorization.usage.VisitOutcome;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.authorization.AuthExhausted;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Saga step 2 (DESIGN §4): the right to treat on the billed date (MN-01 referral, PA-03 authorization); uses one
 * visit per date of service (PA-04).
 * A visit refused only because no coverage is known on its date waits for the coverage (at most
 * {@code medmassage.authorization.coverage-wait.timeout}) instead of being denied for good:
 * {@link DecideVisitsAwaitingCoverage}.
 */
@Service
public class AuthorizeVisit {

    private static final Logger log = LoggerFactory.getLogger(AuthorizeVisit.class);

    private final Outbox outbox;
    private final MemberLock memberLock;
    private final MemberCoverage coverage;
    private final MemberAuthorizedVisits authorizedVisits;
    private final VisitConsumption consumption;
    private final KnownReferrals referrals;
    private final PreAuthRequirement requirement;
    private final ReferralRequirement referralRequirement;
    private final ReferralSessionPolicy sessionPolicy;
    private final ReferralSessionConsumption sessions;
    private final VisitAuthorizationPolicy policy;
    private final VisitsAwaitingCoverage awaiting;
    private final Clock clock;
    private final Duration coverageWait;
    private final AuthorizationLifecycle lifecycle;

    public AuthorizeVisit(Outbox outbox, MemberLock memberLock, MemberCoverage coverage,
            MemberAuthorizedVisits authorizedVisits, VisitConsumption consumption, KnownReferrals referrals,
            PreAuthRequirement requirement, ReferralRequirement referralRequirement, VisitAuthorizationPolicy policy,
            VisitsAwaitingCoverage awaiting, Clock clock,
            @Value("${medmassage.authorization.coverage-wait.timeout:10m}") Duration coverageWait,
            AuthorizationLifecycle lifecycle, ReferralSessionPolicy sessionPolicy, ReferralSessionConsumption sessions) {
        this.outbox = outbox;
        this.memberLock = memberLock;
        this.coverage = coverage;
        this.authorizedVisits = authorizedVisits;
        this.consumption = consumption;
        this.referrals = referrals;
        this.requirement = requirement;
        this.referralRequirement = referralRequirement;
        this.policy = policy;
        this.awaiting = awaiting;
        this.clock = clock;
        this.coverageWait = coverageWait;
        this.lifecycle = lifecycle;
        this.sessionPolicy = sessionPolicy;
        this.sessions = sessions;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onSessionBilled(SessionBilled event, UUID causationId) {
        BilledVisit visit = new BilledVisit(event.claimId(), event.memberId(), event.authorizationNumber(),
                event.renderingProviderNpi(), event.dateOfService(), event.procedureCodes(), event.referralNumber());
        // locked before any read, in the consumer's transaction: claims of other dates racing for the last visit
        // (two instances) share no row a constraint could refuse, so only this lock makes them count in turn (PA-05)
        return memberLock.lock(visit.memberId())
                .then(decide(visit, causationId, true))
                .flatMap(answered -> answered ? Mono.empty() : awaitCoverage(visit, causationId));
    }

    /**
     * Answers the visit, unless it may wait for its coverage and should: true when answered. Runs under the member
     * lock, inside the caller's unit of work.
     */
    Mono<Boolean> decide(BilledVisit visit, UUID causationId, boolean mayAwaitCoverage) {
        return coverage.findByMember(visit.memberId()).collectList()
                .flatMap(terms -> authorizedVisits.of(visit.memberId())
                        .flatMap(auths -> referralCheck(visit, terms, auths)
                                .map(referral -> policy.authorize(visit, requirement.on(terms, visit.dateOfService()),
                                        referral, auths, mayAwaitCoverage, codesNotCovered(visit, terms)))))
                .flatMap(outcome -> outcome instanceof VisitOutcome.AwaitingCoverage
                        ? Mono.just(false)
                        : record(visit, outcome, causationId).thenReturn(true));
    }

    // CS-01 step 0 before the authorization checks: lines the plan does not cover go on to benefits' PR-204
    private static Set<String> codesNotCovered(BilledVisit visit, List<CoverageTerms> terms) {
        return CoverageTerms.inForceOn(terms, visit.dateOfService())
                .map(plan -> visit.procedureCodes().stream().filter(code -> !plan.coversProcedure(code))
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    // MN-01 applies once the coverage on the date is known; an unknown one keeps the visit waiting as before. Without
    // pre-authorization the visit uses a referral's session (MN-04, MN-05); with it the authorization's visit is the
    // session, its approval clamped to the referral's sessions (ADR 0066)
    private Mono<ReferralCheck> referralCheck(BilledVisit visit, List<CoverageTerms> terms,
            List<AuthorizedVisits> auths) {
        boolean referralRequired = CoverageTerms.inForceOn(terms, visit.dateOfService())
                .map(CoverageTerms::referralRequired).orElse(false);
        if (!referralRequired) {
            return Mono.just(new ReferralCheck.Referred());
        }
        if (requirement.on(terms, visit.dateOfService()) == PreAuth.NOT_REQUIRED) {
            return referrals.ofMember(visit.memberId()).collectList()
                    .flatMap(known -> sessions.byReferralOf(visit.memberId())
                            .map(used -> sessionPolicy.check(visit, ReferralSessions.of(known, used, auths), auths)));
        }
        return referrals.ofMember(visit.memberId()).collectList()
                .map(known -> referralRequirement.check(visit, true, known));
    }

    private Mono<Void> awaitCoverage(BilledVisit visit, UUID causationId) {
        Instant decideBy = clock.instant().plus(coverageWait);
        log.info("claim {} waits for the member's coverage (until {}): no coverage known, no authorization fits",
                visit.claimId(), decideBy);
        return awaiting.add(visit, causationId, decideBy);
    }

    private Mono<Void> record(BilledVisit visit, VisitOutcome outcome, UUID causationId) {
        if (outcome instanceof VisitOutcome.NotAuthorized notAuthorized) {
            CodedRejection rejection = notAuthorized.rejection();
            return outbox.append(new VisitNotAuthorized(visit.claimId(), visit.memberId(),
                    notAuthorized.authorizationNumber(), visit.dateOfService(), rejection.carc(), rejection.rarc(),
                    rejection.reason(), notAuthorized.codesWithoutReferral()), causationId).then();
        }
        if (outcome instanceof VisitOutcome.Authorized authorized) {
            return consume(visit, authorized, causationId);
        }
        // the plan does not ask for pre-authorization: no authorization to use, but perhaps a referral's session
        VisitOutcome.AuthorizationNotRequired notRequired = (VisitOutcome.AuthorizationNotRequired) outcome;
        ReferralSessions session = notRequired.referralSession();
        VisitAuthorized authorized = new VisitAuthorized(visit.claimId(), visit.memberId(), null, null,
                visit.dateOfService(), 0, 0, List.of(), notRequired.codesWithoutReferral(),
                session == null ? null : session.referralId(), session == null ? null : session.sessionsUsedByVisits());
        Mono<Void> use = session == null ? Mono.empty()
                : sessions.stand(session.referralId(), visit.memberId(), visit.dateOfService(), visit.claimId());
        return use.then(outbox.append(authorized, causationId)).then();
    }

    private Mono<Void> consume(BilledVisit visit, VisitOutcome.Authorized authorized, UUID causationId) {
        AuthorizedVisits auth = authorized.authorization();
        ApprovedAuthorization approved = auth.authorization();
        List<DomainEvent> events = new ArrayList<>();
        events.add(new VisitAuthorized(visit.claimId(), visit.memberId(), approved.id().value(),
                approved.number().value(), visit.dateOfService(), authorized.visitsUsed(),
                authorized.visitsRemaining(), authorized.codesNotAuthorized(), authorized.codesWithoutReferral()));
        Mono<Void> use = authorized.newlyConsumed()
                ? consumption.add(approved.id(), visit.dateOfService(), visit.claimId())
                : Mono.empty();
        // a claim sharing the date's visit is recorded too: the visit passes to it if the holder is denied or voided
        return use.then(consumption.stand(approved.id(), visit.dateOfService(), visit.claimId()))
                .then(exhausted(authorized, visit.memberId()))
                .doOnNext(events::add)
                .then(Mono.defer(() -> outbox.appendAll(events, causationId)));
    }

    // once per authorization (decision 0062): a visit given back and used again does not announce it a second time
    private Mono<AuthExhausted> exhausted(VisitOutcome.Authorized authorized, String memberId) {
        ApprovedAuthorization approved = authorized.authorization().authorization();
        if (!authorized.exhaustedNow()) {
            return Mono.empty();
        }
        return lifecycle.markExhausted(approved.id(), clock.instant())
                .filter(Boolean::booleanValue)
                .map(first -> new AuthExhausted(approved.id().value(), approved.number().value(), memberId,
                        approved.approvedVisits()));
    }
}
