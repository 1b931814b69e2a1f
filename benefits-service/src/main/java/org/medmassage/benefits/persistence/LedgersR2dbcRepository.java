package org.medmassage.benefits.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.benefits.accumulator.Bucket;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.accumulator.Posting;
import org.medmassage.benefits.accumulator.VisitPosting;
import org.medmassage.benefits.application.Ledgers;
import org.medmassage.benefits.plan.PlanYear;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class LedgersR2dbcRepository implements Ledgers {

    private final DatabaseClient db;

    LedgersR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Ledger> load(String memberId, PlanYear planYear) {
        Mono<List<Posting>> postings = db.sql("""
                        select claim_id, date_of_service, bucket, amount from ledger_posting
                        where member_id = :memberId and reversed_at is null and date_of_service between :start and :end
                        order by id""")
                .bind("memberId", memberId).bind("start", planYear.start()).bind("end", planYear.end())
                .map(row -> new Posting(row.get("claim_id", String.class), row.get("date_of_service", LocalDate.class),
                        Bucket.valueOf(row.get("bucket", String.class)), row.get("amount", BigDecimal.class)))
                .all().collectList();
        Mono<List<VisitPosting>> visits = db.sql("""
                        select claim_id, date_of_service from visit_posting
                        where member_id = :memberId and reversed_at is null and date_of_service between :start and :end
                        order by id""")
                .bind("memberId", memberId).bind("start", planYear.start()).bind("end", planYear.end())
                .map(row -> new VisitPosting(row.get("claim_id", String.class), row.get("date_of_service", LocalDate.class)))
                .all().collectList();
        return postings.zipWith(visits, Ledger::new);
    }

    @Override
    public Mono<Void> append(String memberId, List<Posting> postings, List<VisitPosting> visits) {
        Flux<Long> postingRows = Flux.fromIterable(postings).concatMap(posting -> db.sql("""
                        insert into ledger_posting (member_id, claim_id, date_of_service, bucket, amount)
                        values (:memberId, :claimId, :dos, :bucket, :amount)""")
                .bind("memberId", memberId).bind("claimId", posting.claimId()).bind("dos", posting.dateOfService())
                .bind("bucket", posting.bucket().name()).bind("amount", posting.amount())
                .fetch().rowsUpdated());
        // a plain insert: the unique index turns a second count of the same DOS into an error, never a silent skip
        Flux<Long> visitRows = Flux.fromIterable(visits).concatMap(visit -> db.sql("""
                        insert into visit_posting (member_id, date_of_service, claim_id) values (:memberId, :dos, :claimId)""")
                .bind("memberId", memberId).bind("dos", visit.dateOfService()).bind("claimId", visit.claimId())
                .fetch().rowsUpdated());
        return postingRows.thenMany(visitRows).then();
    }

    @Override
    public Mono<Boolean> hasPosted(String claimId) {
        return db.sql("""
                        select exists (select 1 from ledger_posting where claim_id = :claimId and reversed_at is null)
                            or exists (select 1 from visit_posting where claim_id = :claimId and reversed_at is null) as posted""")
                .bind("claimId", claimId)
                .map(row -> Boolean.TRUE.equals(row.get("posted", Boolean.class)))
                .one();
    }
}
