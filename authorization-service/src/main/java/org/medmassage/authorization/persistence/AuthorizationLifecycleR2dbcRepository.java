package org.medmassage.authorization.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.medmassage.authorization.application.AuthorizationLifecycle;
import org.medmassage.authorization.application.AuthorizationLifecycle.Ends;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The expiry and exhaustion marks of approved authorizations, in PostgreSQL through R2DBC. */
@Repository
public class AuthorizationLifecycleR2dbcRepository implements AuthorizationLifecycle {

    private final DatabaseClient db;

    public AuthorizationLifecycleR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<ApprovedAuthorization> endedBefore(LocalDate today, int limit) {
        return db.sql("select " + AuthorizationRows.COLUMNS + """
                         from prior_authorization
                        where status in ('APPROVED', 'PARTIALLY_APPROVED') and expired_at is null and valid_to < :today
                        order by valid_to, authorization_number limit :limit""")
                .bind("today", today)
                .bind("limit", limit)
                .map((row, meta) -> (ApprovedAuthorization) AuthorizationRows.read(row))
                .all();
    }

    @Override
    public Mono<Boolean> markExpired(AuthorizationId id, LocalDate today, Instant now) {
        // re-checked under the member's lock: a progress report may have moved the window on since it was listed
        return db.sql("update prior_authorization set expired_at = :now where authorization_id = :id "
                        + "and expired_at is null and valid_to < :today and status in ('APPROVED', 'PARTIALLY_APPROVED')")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("id", UUID.fromString(id.value()))
                .bind("today", today)
                .fetch().rowsUpdated()
                .map(rows -> rows == 1);
    }

    @Override
    public Mono<Boolean> markExhausted(AuthorizationId id, Instant now) {
        return changed("update prior_authorization set exhausted_at = :now where authorization_id = :id "
                + "and exhausted_at is null", id, now);
    }

    @Override
    public Mono<Ends> endsOf(AuthorizationId id) {
        return db.sql("select expired_at, exhausted_at from prior_authorization where authorization_id = :id")
                .bind("id", UUID.fromString(id.value()))
                .map((row, meta) -> new Ends(instant(row.get("expired_at", OffsetDateTime.class)),
                        instant(row.get("exhausted_at", OffsetDateTime.class))))
                .one()
                .defaultIfEmpty(Ends.none());
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private Mono<Boolean> changed(String sql, AuthorizationId id, Instant now) {
        return db.sql(sql)
                .bind("id", UUID.fromString(id.value()))
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .map(rows -> rows == 1);
    }
}
