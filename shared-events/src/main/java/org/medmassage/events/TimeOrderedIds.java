package org.medmassage.events;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Ids made one after another sort
 * together, so the indexes on them (the inbox's primary key, the outbox's event_id, the claims') grow at their right
 * edge instead of splitting pages all over (issue 17, item 3). An id shows the millisecond it was made, which the
 * event's occurredAt and the claim's receipt say anyway; 74 random bits (against version 4's 122) still make it
 * unguessable, and every read is checked for its caller's access regardless.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(Instant.now());
    }

    static UUID at(Instant instant) {
        long millis = instant.toEpochMilli();
        long mostSignificant = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    /** The millisecond a version 7 id was made in. */
    static Instant instantOf(UUID id) {
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }
}
