package org.medmassage.support.lock;

import java.nio.charset.StandardCharsets;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Serialises the work that reads then writes one member's state (or any scope that must be consistent as a whole,
 * such as a family's accumulators): an HTTP request and a Kafka event for the same member come in on different
 * threads, and two instances of a service on different machines. A transaction-scoped PostgreSQL advisory lock in a
 * namespace of its own, released at commit or rollback; take it first inside the unit of work.
 */
public class MemberLock {

    private final DatabaseClient db;
    private final int namespace;

    /** {@code namespace}: up to four ASCII characters naming whose locks these are, e.g. "auth" or "outb". */
    public MemberLock(DatabaseClient db, String namespace) {
        this.db = db;
        this.namespace = namespace(namespace);
    }

    public Mono<Void> lock(String scope) {
        return db.sql("select 1 as locked from pg_advisory_xact_lock(:namespace, hashtext(:scope))")
                .bind("namespace", namespace).bind("scope", scope)
                .map(row -> 1).one().then();
    }

    static int namespace(String name) {
        byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
        if (ascii.length == 0 || ascii.length > 4) {
            throw new IllegalArgumentException("a lock namespace is 1 to 4 ASCII characters: " + name);
        }
        int value = 0;
        for (byte b : ascii) {
            value = (value << 8) | (b & 0xff);
        }
        return value;
    }
}
