package org.medmassage.claims.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.application.ClaimsInWaiting;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class ClaimsInWaitingR2dbcRepository implements ClaimsInWaiting {

    private final DatabaseClient db;

    ClaimsInWaitingR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Late> late(Instant inStepBefore, int limit) {
        return db.sql("""
                        select id, status from claim
                        where status in ('RECEIVED', 'IN_PROCESS') and step_entered_at < :before
                        order by step_entered_at limit :limit""")
                .bind("before", OffsetDateTime.ofInstant(inStepBefore, ZoneOffset.UTC)).bind("limit", limit)
                .map(row -> new Late(row.get("id", UUID.class), ClaimStatus.valueOf(row.get("status", String.class))))
                .all();
    }

    @Override
    public Mono<PendedPage> pended(int page, int size) {
        Mono<Long> total = db.sql("select count(*) as n from claim where status = 'PENDED'")
                .map(row -> row.get("n", Long.class)).one();
        return db.sql("select id from claim where status = 'PENDED' order by pended_at, id limit :size offset :offset")
                .bind("size", size).bind("offset", (long) page * size)
                .map(row -> row.get("id", UUID.class)).all().collectList()
                .zipWith(total, PendedPage::new);
    }

    @Override
    public Mono<Map<ClaimStatus, Long>> pendedByStep() {
        return db.sql("select pended_step, count(*) as n from claim where status = 'PENDED' group by pended_step")
                .map(row -> Map.entry(ClaimStatus.valueOf(row.get("pended_step", String.class)),
                        row.get("n", Long.class)))
                .all()
                .collect(() -> new EnumMap<ClaimStatus, Long>(ClaimStatus.class),
                        (counts, entry) -> counts.put(entry.getKey(), entry.getValue()))
                .map(counts -> (Map<ClaimStatus, Long>) counts);
    }
}
