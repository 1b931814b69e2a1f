package org.medmassage.authorization.application;

import java.time.Clock;
import java.time.Instant;
import org.medmassage.authorization.application.DecisionDeadlines.Watched;
import org.medmassage.authorization.decision.DeadlineWatch;
import org.medmassage.authorization.decision.PendedAuthorization;
import org.medmassage.events.authorization.AuthDecisionDue;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * PA-02 "alert before breach": tells the reviewer queue (AuthDecisionDue) when a pended request's deadline is near and
 * when it has passed, each once per request: the flag and the event are written in one unit of work, by a conditional
 * update, so a restart or a second instance neither repeats nor loses one. A breach is counted once, after its commit.
 */
@Service
public class WatchDecisionDeadlines {

    private static final int PER_SWEEP = 200;

    private final DecisionDeadlines deadlines;
    private final DeadlineWatch watch;
    private final TurnaroundMetrics metrics;
    private final MemberLock memberLock;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public WatchDecisionDeadlines(DecisionDeadlines deadlines, DeadlineWatch watch, TurnaroundMetrics metrics,
            MemberLock memberLock, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.deadlines = deadlines;
        this.watch = watch;
        this.metrics = metrics;
        this.memberLock = memberLock;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** One sweep: the alerts it sent, then the pended counts refreshed for the gauges. */
    public Mono<Long> sweep() {
        Instant now = clock.instant();
        return deadlines.dueBy(watch.horizon(now), PER_SWEEP)
                .concatMap(watched -> alert(watched, now))
                .filter(Boolean::booleanValue)
                .count()
                .flatMap(alerts -> deadlines.countPended(now, watch.horizon(now))
                        .doOnNext(metrics::pendedDue)
                        .thenReturn(alerts));
    }

    private Mono<Boolean> alert(Watched watched, Instant now) {
        PendedAuthorization pended = watched.pended();
        return switch (watch.alertFor(pended.dueAt(), watched.warned(), false, now)) {
            case NONE -> Mono.just(false);
            case NEAR -> unitOfWork.execute(memberLock.lock(pended.request().memberId())
                    .then(deadlines.markWarned(pended.id(), now))
                    .flatMap(marked -> marked ? announce(pended, false) : Mono.just(false)));
            case BREACHED -> unitOfWork.execute(memberLock.lock(pended.request().memberId())
                            .then(deadlines.markBreached(pended.id(), now))
                            .flatMap(marked -> marked ? announce(pended, true) : Mono.just(false)))
                    .doOnNext(counted -> {
                        if (counted) {
                            metrics.breached(pended.request().priority());
                        }
                    });
        };
    }

    private Mono<Boolean> announce(PendedAuthorization pended, boolean breached) {
        return outbox.append(new AuthDecisionDue(pended.id().value(), pended.number().value(),
                        pended.request().memberId(), pended.request().priority().name(), pended.dueAt(), breached), null)
                .thenReturn(true);
    }
}
