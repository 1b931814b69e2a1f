package org.medmassage.support.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param firstBackOff the first wait after an infrastructure fault; it doubles at each failed delivery
 * @param maxBackOff   the longest wait between deliveries while the fault lasts (kept well under max.poll.interval.ms)
 */
@ConfigurationProperties("medmassage.consumer")
public record ConsumerProperties(Duration firstBackOff, Duration maxBackOff) {
    public ConsumerProperties {
        firstBackOff = firstBackOff == null ? Duration.ofMillis(200) : firstBackOff;
        maxBackOff = maxBackOff == null ? Duration.ofSeconds(30) : maxBackOff;
    }
}
