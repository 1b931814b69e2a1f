package org.medmassage.authorization.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.PreAuthRequirement;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.persistence.AuthorizationsR2dbcRepository;
import org.medmassage.authorization.persistence.CoverageTermsR2dbcRepository;
import org.medmassage.authorization.persistence.MemberLock;
import org.medmassage.authorization.persistence.VisitConsumptionR2dbcRepository;
import org.medmassage.authorization.usage.AuthorizedVisits;
import org.medmassage.authorization.usage.BilledVisit;
import org.medmassage.authorization.usage.ConsumedVisit;
import org.medmassage.authorization.usage.VisitAuthorizationPolicy;
import org.medmassage.authorization.usage.VisitOutcome;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.authorization.AuthExhausted;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Saga step 2 (DESIGN §4): the right to treat on the billed date; uses one visit per date of service (PA-03, PA-04). */
@Service
public class AuthorizeVisit {

    private final Outbox outbox;
    private final MemberLock memberLock;
    private final CoverageTermsR2dbcRepository coverage;
    private final AuthorizationsR2dbcRepository authorizations;
    private final VisitConsumptionR2dbcRepository consumption;
    private final PreAuthRequirement requirement;
    private final VisitAuthorizationPolicy policy;

    public AuthorizeVisit(Outbox outbox, MemberLock memberLock, CoverageTermsR2dbcRepository coverage,
            AuthorizationsR2dbcRepository authorizations, VisitConsumptionR2dbcRepository consumption,
            PreAuthRequirement requirement, VisitAuthorizationPolicy policy) {
        this.outbox = outbox;
        this.memberLock = memberLock;
        this.coverage = coverage;
        this.authorizations = authorizations;
        this.consumption = consumption;
        this.requirement = requirement;
        this.policy = policy;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> sessionBilled(SessionBilled event, UUID causationId) {
        BilledVisit visit = new BilledVisit(event.claimId(), event.memberId(), event.authorizationNumber(),
                event.renderingProviderNpi(), event.dateOfService(), event.procedureCodes());
        return memberLock.lock(visit.memberId())
                .then(coverage.findByMember(visit.memberId()).collectList())
                .flatMap(terms -> memberAuthorizations(visit.memberId())
                        .map(auths -> policy.authorize(visit, preAuthRequired(terms, visit), auths)))
                .flatMap(outcome -> record(visit, outcome, causationId));
    }

    private boolean preAuthRequired(List<CoverageTerms> terms, BilledVisit visit) {
        return requirement.isRequired(terms, visit.dateOfService());
    }

    private Mono<List<AuthorizedVisits>> memberAuthorizations(String memberId) {
        return authorizations.certifiedFor(memberId).collectList()
                .flatMap(certified -> consumption.byAuthorizationOf(memberId)
                        .map(used -> withVisits(certified, used)));
    }

    private static List<AuthorizedVisits> withVisits(List<ApprovedAuthorization> certified,
            Map<String, List<ConsumedVisit>> used) {
        return certified.stream()
                .map(auth -> new AuthorizedVisits(auth, used.getOrDefault(auth.id().value(), List.of())))
                .toList();
    }

    private Mono<Void> record(BilledVisit visit, VisitOutcome outcome, UUID causationId) {
        if (outcome instanceof VisitOutcome.NotAuthorized notAuthorized) {
            var rejection = notAuthorized.rejection();
            String number = rejection.authorizationNumber() != null ? rejection.authorizationNumber()
                    : visit.authorizationNumber();
            return outbox.append(new VisitNotAuthorized(visit.claimId(), visit.memberId(), number,
                    visit.dateOfService(), rejection.carc(), rejection.rarc(), rejection.reason()), causationId).then();
        }
        if (outcome instanceof VisitOutcome.Authorized authorized) {
            return consume(visit, authorized, causationId);
        }
        // the plan does not ask for pre-authorization: nothing to check or use
        return outbox.append(new VisitAuthorized(visit.claimId(), visit.memberId(), null, null,
                visit.dateOfService(), 0, 0), causationId).then();
    }

    private Mono<Void> consume(BilledVisit visit, VisitOutcome.Authorized authorized, UUID causationId) {
        AuthorizedVisits auth = authorized.authorization();
        ApprovedAuthorization approved = auth.authorization();
        List<DomainEvent> events = new ArrayList<>();
        events.add(new VisitAuthorized(visit.claimId(), visit.memberId(), approved.id().value(),
                approved.number().value(), visit.dateOfService(), authorized.visitsUsed(),
                authorized.visitsRemaining(), authorized.codesNotAuthorized()));
        if (authorized.exhaustedNow()) {
            events.add(new AuthExhausted(approved.id().value(), approved.number().value(), visit.memberId(),
                    approved.approvedVisits()));
        }
        Mono<Void> use = authorized.newlyConsumed()
                ? consumption.add(approved.id(), visit.dateOfService(), visit.claimId())
                : Mono.empty();
        // a claim sharing the date's visit is recorded too: the visit passes to it if the holder is denied or voided
        return use.then(consumption.stand(approved.id(), visit.dateOfService(), visit.claimId()))
                .then(outbox.appendAll(events, causationId));
    }
}
