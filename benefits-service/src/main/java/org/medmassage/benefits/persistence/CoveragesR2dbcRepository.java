package org.medmassage.benefits.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import org.medmassage.benefits.application.Coverages;
import org.medmassage.benefits.coverage.Coverage;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class CoveragesR2dbcRepository implements Coverages {

    private final DatabaseClient db;

    CoveragesR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Coverage> save(Coverage coverage) {
        return db.sql("""
                        insert into coverage (member_id, plan_id, effective_from, effective_to)
                        values (:memberId, :planId, :from, :to)
                        on conflict (member_id) do update set plan_id = excluded.plan_id,
                            effective_from = excluded.effective_from, effective_to = excluded.effective_to, updated_at = now()""")
                .bind("memberId", coverage.memberId())
                .bind("planId", coverage.planId())
                .bind("from", coverage.effectiveFrom())
                .bind("to", Parameter.fromOrEmpty(coverage.effectiveTo(), LocalDate.class))
                .then()
                .thenReturn(coverage);
    }

    @Override
    public Mono<Coverage> findByMember(String memberId) {
        return db.sql("select member_id, plan_id, effective_from, effective_to from coverage where member_id = :memberId")
                .bind("memberId", memberId)
                .map(CoveragesR2dbcRepository::toCoverage)
                .one();
    }

    @Override
    public Flux<Coverage> findByPlan(String planId) {
        return db.sql("select member_id, plan_id, effective_from, effective_to from coverage where plan_id = :planId order by member_id")
                .bind("planId", planId)
                .map(CoveragesR2dbcRepository::toCoverage)
                .all();
    }

    private static Coverage toCoverage(Readable row) {
        return new Coverage(row.get("member_id", String.class), row.get("plan_id", String.class),
                row.get("effective_from", LocalDate.class), row.get("effective_to", LocalDate.class));
    }
}
