package org.medmassage.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how often the relay looks for rows nobody woke it for (another instance's, or left by a crash)
 * @param batchSize    rows published per round trip
 */
@ConfigurationProperties("medmassage.outbox")
public record OutboxProperties(Duration pollInterval, Integer batchSize) {
    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 200 : batchSize;
    }
}
