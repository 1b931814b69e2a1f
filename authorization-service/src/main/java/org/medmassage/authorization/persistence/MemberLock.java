package org.medmassage.authorization.persistence;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Serialises, per member, the work that reads then writes a member's authorizations: an HTTP request and a Kafka
 * event for the same member come in on different threads (a request pended while its referral is being recorded
 * would otherwise stay pended for ever). A transaction-scoped advisory lock: released at commit or rollback.
 */
@Component
public class MemberLock {

    private final DatabaseClient db;

    public MemberLock(DatabaseClient db) {
        this.db = db;
    }

    /** Call first inside the unit of work. */
    public Mono<Void> lock(String memberId) {
        return db.sql("select 1 as locked from pg_advisory_xact_lock(hashtext('authorization:' || :memberId))")
                .bind("memberId", memberId)
                .map((row, meta) -> 1).first().then();
    }
}
