package org.medmassage.authorization.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.medmassage.authorization.application.DecisionDeadlines;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.decision.PendedAuthorization;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The deadline flags of pended requests, in PostgreSQL through R2DBC. */
@Repository
public class DecisionDeadlinesR2dbcRepository implements DecisionDeadlines {

    private final DatabaseClient db;

    public DecisionDeadlinesR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Watched> dueBy(Instant horizon, int limit) {
        return db.sql("select " + AuthorizationRows.COLUMNS + """
                        , due_warned_at from prior_authorization
                        where status = 'PENDED' and breached_at is null and due_at <= :horizon
                        order by due_at, authorization_number limit :limit""")
                .bind("horizon", horizon.atOffset(ZoneOffset.UTC))
                .bind("limit", limit)
                .map((row, meta) -> new Watched((PendedAuthorization) AuthorizationRows.read(row),
                        row.get("due_warned_at") != null))
                .all();
    }

    // the conditions are re-read under the row lock: of two sweeps, or a sweep and a decision, one changes the row
    @Override
    public Mono<Boolean> markWarned(AuthorizationId id, Instant now) {
        return changed("""
                update prior_authorization set due_warned_at = :now
                where authorization_id = :id and status = 'PENDED' and due_warned_at is null and breached_at is null""",
                id, now);
    }

    @Override
    public Mono<Boolean> markBreached(AuthorizationId id, Instant now) {
        return changed("""
                update prior_authorization set breached_at = :now, due_warned_at = coalesce(due_warned_at, :now)
                where authorization_id = :id and status = 'PENDED' and breached_at is null""", id, now);
    }

    @Override
    public Mono<PendedDue> countPended(Instant now, Instant horizon) {
        return db.sql("""
                        select count(*) filter (where due_at >= :now and due_at <= :horizon) as due_soon,
                               count(*) filter (where due_at < :now) as overdue
                        from prior_authorization where status = 'PENDED' and due_at <= :horizon""")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("horizon", horizon.atOffset(ZoneOffset.UTC))
                .map((row, meta) -> new PendedDue(((Number) row.get("due_soon")).longValue(),
                        ((Number) row.get("overdue")).longValue()))
                .one();
    }

    private Mono<Boolean> changed(String sql, AuthorizationId id, Instant now) {
        return db.sql(sql)
                .bind("id", UUID.fromString(id.value()))
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .map(rows -> rows == 1);
    }
}
