package org.medmassage.authorization.application;

import org.medmassage.authorization.coverage.PlanYearVisits;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.support.lock.MemberLock;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Follows the member's visits per plan year as benefits-service posts them (CS-06), so an approval is cut to the
 * visits the plan year has left (decision 0067). Benefits' events are keyed by member, so they arrive in posting order.
 */
@Service
public class CountPlanYearVisits {

    private final PlanYearVisitCounts counts;
    private final MemberLock memberLock;

    public CountPlanYearVisits(PlanYearVisitCounts counts, MemberLock memberLock) {
        this.counts = counts;
        this.memberLock = memberLock;
    }

    /** Runs inside the consumer's unit of work. A sender that does not name the plan year is not counted. */
    public Mono<Void> onCostShareApplied(CostShareApplied event) {
        if (event.planYearStart() == null || event.planYearEnd() == null) {
            return Mono.empty();
        }
        return memberLock.lock(event.memberId())
                .then(counts.posted(new PlanYearVisits(event.memberId(), event.planYearStart(), event.planYearEnd(),
                        event.visitsUsed(), event.visitLimit())));
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onAccumulatorsReversed(AccumulatorsReversed event) {
        if (event.visitsReversed() == 0 || event.dateOfService() == null) {
            return Mono.empty();
        }
        return memberLock.lock(event.memberId())
                .then(counts.reversed(event.memberId(), event.dateOfService(), event.visitsReversed()));
    }
}
