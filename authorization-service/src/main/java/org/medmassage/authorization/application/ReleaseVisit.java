package org.medmassage.authorization.application;

import java.util.UUID;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.persistence.AuthorizationsR2dbcRepository;
import org.medmassage.authorization.persistence.MemberLock;
import org.medmassage.authorization.persistence.VisitConsumptionR2dbcRepository;
import org.medmassage.authorization.usage.AuthorizedVisits;
import org.medmassage.authorization.usage.ConsumedVisit;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Compensation (DESIGN §4.6, PA-04): a claim denied or voided after it used a visit gives the visit back. */
@Service
public class ReleaseVisit {

    private final Outbox outbox;
    private final MemberLock memberLock;
    private final AuthorizationsR2dbcRepository authorizations;
    private final VisitConsumptionR2dbcRepository consumption;

    public ReleaseVisit(Outbox outbox, MemberLock memberLock, AuthorizationsR2dbcRepository authorizations,
            VisitConsumptionR2dbcRepository consumption) {
        this.outbox = outbox;
        this.memberLock = memberLock;
        this.authorizations = authorizations;
        this.consumption = consumption;
    }

    /** Runs inside the consumer's unit of work; a claim that used no visit changes nothing. */
    public Mono<Void> claimUndone(String claimId, String memberId, UUID causationId) {
        return memberLock.lock(memberId)
                .then(consumption.authorizationUsedBy(claimId))
                .flatMap(authorizationId -> authorizations.findById(authorizationId)
                        .cast(ApprovedAuthorization.class)
                        .flatMap(auth -> consumption.findByAuthorization(authorizationId)
                                .map(visits -> new AuthorizedVisits(auth, visits))))
                .flatMap(before -> release(before, claimId, causationId));
    }

    private Mono<Void> release(AuthorizedVisits before, String claimId, UUID causationId) {
        ConsumedVisit visit = before.consumedBy(claimId).orElseThrow();
        AuthorizedVisits after = before.release(claimId);
        ApprovedAuthorization auth = after.authorization();
        return consumption.remove(auth.id(), visit)
                .then(outbox.append(new VisitReleased(claimId, auth.memberId(), auth.id().value(),
                        auth.number().value(), visit.dateOfService(), after.visitsUsed()), causationId))
                .then();
    }
}
