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

    /** Every period of every member of the family, and of the member (a period may predate the family). */
    Flux<Coverage> findAllByFamilyOrMember(String familyId, String memberId);

    /**
     * The dates whose postings count with the date's (CS-03): the plan year cut at the periods that start the
     * accumulators afresh — the member's, or in family coverage the whole family's (CS-04).
     */
    default Mono<AccumulationWindow> accumulationWindow(Coverage period, PlanYear year, LocalDate date) {
        Flux<Coverage> periods = period.isFamilyCoverage()
                ? findAllByFamilyOrMember(period.familyId(), period.memberId())
                : findAllByMember(period.memberId());
        return periods.collectList().map(all -> AccumulationWindow.of(year, date, all));
    }
}
