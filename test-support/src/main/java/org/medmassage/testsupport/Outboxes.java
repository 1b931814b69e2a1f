package org.medmassage.testsupport;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.r2dbc.core.DatabaseClient;

/** A service's transactional outbox, as a test sees it: whether it has anything left to publish. */
public final class Outboxes {

    private Outboxes() {
    }

    /** Waits until every event the service committed is on the broker (no outbox row left unpublished). */
    public static void awaitPublished(DatabaseClient db) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .alias("every outbox row published")
                .until(() -> count(db.sql("select count(*) from outbox_event where published_at is null")) == 0);
    }

    private static long count(DatabaseClient.GenericExecuteSpec spec) {
        Long count = spec.map(row -> ((Number) row.get(0)).longValue()).one().block(Duration.ofSeconds(10));
        return count == null ? 0 : count;
    }
}
