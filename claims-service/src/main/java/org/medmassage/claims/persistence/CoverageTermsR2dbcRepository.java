package org.medmassage.claims.persistence;

import java.time.LocalDate;
import org.medmassage.claims.application.MemberCoverage;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.coverage.CoverageTerms;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Members' coverage terms, in PostgreSQL through R2DBC. */
@Repository
public class CoverageTermsR2dbcRepository implements MemberCoverage {

    private final DatabaseClient db;

    public CoverageTermsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> remember(CoverageTerms terms) {
        var insert = db.sql("""
                        insert into member_coverage_terms (member_id, plan_id, effective_from, effective_to,
                                                           timed_unit_method)
                        values (:memberId, :planId, :from, :to, :method)
                        on conflict (member_id, plan_id, effective_from) do update
                            set effective_to = excluded.effective_to, timed_unit_method = excluded.timed_unit_method""")
                .bind("memberId", terms.memberId())
                .bind("planId", terms.planId())
                .bind("from", terms.effectiveFrom());
        insert = Nullable.bind(insert, "to", terms.effectiveTo(), LocalDate.class);
        return Nullable.bind(insert, "method",
                        terms.timedUnitMethod() == null ? null : terms.timedUnitMethod().name(), String.class)
                .then();
    }

    @Override
    public Flux<CoverageTerms> findByMember(String memberId) {
        return db.sql("""
                        select member_id, plan_id, effective_from, effective_to, timed_unit_method
                        from member_coverage_terms where member_id = :memberId""")
                .bind("memberId", memberId)
                .map((row, meta) -> {
                    String method = row.get("timed_unit_method", String.class);
                    return new CoverageTerms(row.get("member_id", String.class), row.get("plan_id", String.class),
                            row.get("effective_from", LocalDate.class), row.get("effective_to", LocalDate.class),
                            method == null ? null : TimedUnitMethod.valueOf(method));
                })
                .all();
    }
}
