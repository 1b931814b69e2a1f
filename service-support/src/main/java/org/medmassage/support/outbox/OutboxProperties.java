package org.medmassage.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval   how often the relay looks for rows nobody woke it for (another instance's, or left by a crash)
 * @param batchSize      rows published per round trip
 * @param delayedAfter   health says DELAYED once the oldest unpublished event is older than this
 * @param retention      how long published rows are kept (for inspection) before they are purged
 * @param inboxRetention how long inbox rows are kept: longer than dead letters (30 days), so a replay stays safe
 * @param purgeInterval  how often rows past retention are purged
 */
@ConfigurationProperties("medmassage.outbox")
public record OutboxProperties(Duration pollInterval, Integer batchSize, Duration delayedAfter, Duration retention,
        Duration inboxRetention, Duration purgeInterval) {
    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 200 : batchSize;
        delayedAfter = delayedAfter == null ? Duration.ofSeconds(60) : delayedAfter;
        retention = retention == null ? Duration.ofDays(7) : retention;
        inboxRetention = inboxRetention == null ? Duration.ofDays(35) : inboxRetention;
        purgeInterval = purgeInterval == null ? Duration.ofMinutes(10) : purgeInterval;
    }
}
