package org.medmassage.benefits.application;

import java.time.LocalDate;
import org.medmassage.benefits.coverage.AccumulationWindow;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.plan.PlanYear;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Members' coverage periods: a member may change plan mid-year or have gaps; periods never overlap. */
public interface Coverages {

    /**
     * Records the period. It wins over what it overlaps: an earlier period still open on its start ends the day before
     * (a plan change mid-year), and periods starting inside it are replaced.
     */
    Mono<Coverage> save(Coverage coverage);

    /** The member's latest period; empty when the member has no coverage on file. */
    Mono<Coverage> findByMember(String memberId);

    /**
     * The period that decides eligibility on the date: the one covering it, else the latest that started before it
     * (the date is then after it ended), else the earliest (the date is before coverage starts). Empty without any.
     */
    Mono<Coverage> findForDate(String memberId, LocalDate date);

    /** Every period of the member, oldest first. */
    Flux<Coverage> findAllByMember(String memberId);

    Flux<Coverage> findByPlan(String planId);

    /** The dates whose postings count toward the period's accumulators in the plan year (CS-03, carry-over). */
    default Mono<AccumulationWindow> accumulationWindow(Coverage period, PlanYear year) {
        return findAllByMember(period.memberId()).collectList()
                .map(periods -> AccumulationWindow.of(year, period, periods));
    }
}
