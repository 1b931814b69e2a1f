package org.medmassage.claims.persistence;

import java.time.Instant;
import java.util.UUID;
import org.medmassage.claims.application.IdempotencyKeys;
import org.medmassage.claims.intake.IdempotencyKey;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Idempotency-Keys in PostgreSQL: one row per caller scope and key. Reserving is one statement, an insert that takes
 * over an expired row and leaves a live one alone: the primary key, not a read before the write, decides the race.
 */
@Repository
public class IdempotencyKeysR2dbcRepository implements IdempotencyKeys {

    private final DatabaseClient db;

    public IdempotencyKeysR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> reserve(IdempotencyKey key, Reservation reservation, Instant at, Instant expiredBefore) {
        return db.sql("""
                        insert into idempotency_key (caller_scope, key, fingerprint, claim_id, reserved_at)
                        values (:scope, :key, :fingerprint, :claim, :at)
                        on conflict (caller_scope, key) do update
                            set fingerprint = excluded.fingerprint, claim_id = excluded.claim_id,
                                reserved_at = excluded.reserved_at
                            where idempotency_key.reserved_at < :expiredBefore
                        returning claim_id""")
                .bind("scope", key.scope())
                .bind("key", key.value())
                .bind("fingerprint", reservation.fingerprint())
                .bind("claim", reservation.claimId())
                .bind("at", at)
                .bind("expiredBefore", expiredBefore)
                .map(row -> row.get("claim_id", UUID.class))
                .all().hasElements();
    }

    @Override
    public Mono<Reservation> find(IdempotencyKey key) {
        return db.sql("select claim_id, fingerprint from idempotency_key where caller_scope = :scope and key = :key")
                .bind("scope", key.scope())
                .bind("key", key.value())
                .map(row -> new Reservation(row.get("claim_id", UUID.class), row.get("fingerprint", String.class)))
                .one();
    }

    @Override
    public Mono<Long> forgetReservedBefore(Instant expiredBefore) {
        return db.sql("delete from idempotency_key where reserved_at < :expiredBefore")
                .bind("expiredBefore", expiredBefore)
                .fetch().rowsUpdated();
    }
}
