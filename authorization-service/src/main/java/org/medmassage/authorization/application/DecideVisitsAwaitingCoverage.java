package org.medmassage.authorization.application;

import java.time.Clock;
import org.medmassage.authorization.application.VisitsAwaitingCoverage.AwaitingVisit;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.support.outbox.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Visits waiting for their member's coverage ({@link AuthorizeVisit}) are decided when it arrives, oldest first, each
 * seeing the visits the ones before it used; a visit whose date the new coverage does not span waits on. Once its
 * wait is over, a visit is decided as if it had not waited: refused, failing closed, unless a coverage or an
 * authorization came meanwhile.
 */
@Service
public class DecideVisitsAwaitingCoverage {

    private static final Logger log = LoggerFactory.getLogger(DecideVisitsAwaitingCoverage.class);
    private static final int OVERDUE_BATCH = 100;

    private final AuthorizeVisit authorizeVisit;
    private final VisitsAwaitingCoverage awaiting;
    private final MemberLock memberLock;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DecideVisitsAwaitingCoverage(AuthorizeVisit authorizeVisit, VisitsAwaitingCoverage awaiting,
            MemberLock memberLock, UnitOfWork unitOfWork, Clock clock) {
        this.authorizeVisit = authorizeVisit;
        this.awaiting = awaiting;
        this.memberLock = memberLock;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Runs under the member lock, inside the unit of work that remembered the member's coverage. */
    Mono<Void> coverageArrived(String memberId) {
        return awaiting.ofMember(memberId)
                .concatMap(waiting -> authorizeVisit.decide(waiting.visit(), waiting.causationId(), true)
                        .flatMap(answered -> answered ? awaiting.remove(waiting.visit().claimId()) : Mono.just(false)))
                .then();
    }

    /** Decides the visits whose wait is over, each in a unit of work of its own; how many were decided. */
    public Mono<Long> decideOverdue() {
        return awaiting.overdue(clock.instant(), OVERDUE_BATCH)
                .concatMap(waiting -> unitOfWork.execute(decideOverdue(waiting)))
                .filter(Boolean::booleanValue)
                .count();
    }

    private Mono<Boolean> decideOverdue(AwaitingVisit waiting) {
        String claimId = waiting.visit().claimId();
        return memberLock.lock(waiting.visit().memberId())
                .then(awaiting.remove(claimId))
                // false: the coverage arrived, or another instance decided it, since the overdue list was read
                .flatMap(stillWaiting -> stillWaiting
                        ? authorizeVisit.decide(waiting.visit(), waiting.causationId(), false)
                        .doOnSuccess(answered -> log.warn("claim {} waited for the member's coverage until {}; "
                                + "decided without it", claimId, waiting.decideBy()))
                        : Mono.just(false));
    }
}
