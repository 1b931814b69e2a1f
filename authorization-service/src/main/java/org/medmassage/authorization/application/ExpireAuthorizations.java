package org.medmassage.authorization.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.time.PayerCalendar;
import org.medmassage.authorization.usage.AuthorizedVisits;
import org.medmassage.authorization.usage.WindowExpiry;
import org.medmassage.events.authorization.AuthExpired;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Issue 14 item 4: an approved authorization whose window ended before today on the payer's calendar is marked
 * expired and, with visits left, announced (AuthExpired) in the same unit of work, once: a restart or a second
 * instance finds it marked. The status stays APPROVED or PARTIALLY_APPROVED: a claim filed later for a date inside
 * the window still uses it (PA-03 judges the date of service).
 */
@Service
public class ExpireAuthorizations {

    private static final int PER_SWEEP = 200;

    private final AuthorizationLifecycle lifecycle;
    private final VisitConsumption consumption;
    private final PayerCalendar calendar;
    private final MemberLock memberLock;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ExpireAuthorizations(AuthorizationLifecycle lifecycle, VisitConsumption consumption, PayerCalendar calendar,
            MemberLock memberLock, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.lifecycle = lifecycle;
        this.consumption = consumption;
        this.calendar = calendar;
        this.memberLock = memberLock;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** How many authorizations this sweep announced expired. */
    public Mono<Long> expireEnded() {
        Instant now = clock.instant();
        LocalDate today = calendar.today(now);
        return lifecycle.endedBefore(today, PER_SWEEP)
                .concatMap(ended -> unitOfWork.execute(expire(ended, today, now)))
                .filter(Boolean::booleanValue)
                .count();
    }

    // the visits are read under the member's lock, so a claim arriving at the same moment is counted or not, whole
    private Mono<Boolean> expire(ApprovedAuthorization ended, LocalDate today, Instant now) {
        return memberLock.lock(ended.memberId())
                .then(lifecycle.markExpired(ended.id(), today, now))
                .flatMap(marked -> marked ? consumption.findByAuthorization(ended.id().value()) : Mono.empty())
                .map(visits -> new AuthorizedVisits(ended, visits))
                .flatMap(visits -> WindowExpiry.on(visits, today) == WindowExpiry.Outcome.ENDED_WITH_VISITS_LEFT
                        ? announce(visits)
                        : Mono.just(false))
                .defaultIfEmpty(false);
    }

    private Mono<Boolean> announce(AuthorizedVisits visits) {
        ApprovedAuthorization auth = visits.authorization();
        return outbox.append(new AuthExpired(auth.id().value(), auth.number().value(), auth.memberId(),
                        auth.window().to(), visits.visitsUsed(), auth.approvedVisits()), null)
                .thenReturn(true);
    }
}
