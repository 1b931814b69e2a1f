package org.medmassage.benefits.application;

import java.time.LocalDate;
import org.medmassage.benefits.coverage.AccumulationWindow;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.PayerType;
import org.medmassage.benefits.plan.PlanYear;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Members' coverage periods: a member may change plan mid-year or have gaps; periods of one kind and COB order never
 * overlap (decision 0069). Eligibility and the accumulators follow the primary health plan.
 */
public interface Coverages {

    /**
     * Records the period. It wins over what it overlaps among the member's periods of its kind and COB order: an earlier period still open on its start ends the day before
     * (a plan change mid-year), and periods starting inside it are replaced.
     */
    Mono<Coverage> save(Coverage coverage);

    /** The member's latest primary health-plan period; empty when the member has none on file. */
    Mono<Coverage> findByMember(String memberId);

    /**
     * The primary health-plan period that decides eligibility on the date: the one covering it, else the latest that started before it
     * (the date is then after it ended), else the earliest (the date is before coverage starts). Empty without any.
     */
    Mono<Coverage> findForDate(String memberId, LocalDate date);

    /**
     * The member's coverage of an injury payer (workers' comp, auto PIP) in force on the date, the accident's: such a
     * coverage pays for the injuries of its period only. Empty when none covers the date.
     */
    Mono<Coverage> findForDate(String memberId, PayerType injuryPayer, LocalDate date);

    /** Every period of the member, of every kind and order, oldest first. */
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
        // only the primary health plan's periods keep (and cut) the health plan's accumulators
        return periods.filter(Coverage::isPrimaryHealthPlan).collectList()
                .map(all -> AccumulationWindow.of(year, date, all));
    }
}
