package org.medmassage.authorization.persistence;

import java.time.LocalDate;
import org.medmassage.authorization.application.PlanYearVisitCounts;
import org.medmassage.authorization.coverage.PlanYearVisits;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Visits used per member and plan year, in PostgreSQL through R2DBC. */
@Repository
public class PlanYearVisitsR2dbcRepository implements PlanYearVisitCounts {

    private final DatabaseClient db;

    public PlanYearVisitsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> posted(PlanYearVisits visits) {
        return db.sql("""
                        insert into plan_year_visits (member_id, plan_year_start, plan_year_end, visits_used, visit_limit)
                        values (:member, :start, :end, :used, :limit)
                        on conflict (member_id, plan_year_start) do update
                            set plan_year_end = excluded.plan_year_end, visits_used = excluded.visits_used,
                                visit_limit = excluded.visit_limit, updated_at = now()""")
                .bind("member", visits.memberId()).bind("start", visits.planYearStart())
                .bind("end", visits.planYearEnd()).bind("used", visits.visitsUsed()).bind("limit", visits.visitLimit())
                .then();
    }

    @Override
    public Mono<Void> reversed(String memberId, LocalDate dateOfService, int visits) {
        return db.sql("""
                        update plan_year_visits set visits_used = greatest(0, visits_used - :visits), updated_at = now()
                        where member_id = :member and :date between plan_year_start and plan_year_end""")
                .bind("member", memberId).bind("date", dateOfService).bind("visits", visits)
                .then();
    }

    @Override
    public Mono<PlanYearVisits> holding(String memberId, LocalDate date) {
        return db.sql("""
                        select plan_year_start, plan_year_end, visits_used, visit_limit from plan_year_visits
                        where member_id = :member and :date between plan_year_start and plan_year_end
                        order by plan_year_start desc limit 1""")
                .bind("member", memberId).bind("date", date)
                .map((row, meta) -> new PlanYearVisits(memberId, row.get("plan_year_start", LocalDate.class),
                        row.get("plan_year_end", LocalDate.class), row.get("visits_used", Integer.class),
                        row.get("visit_limit", Integer.class)))
                .one();
    }
}
