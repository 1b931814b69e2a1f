package org.medmassage.support.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param firstBackOff the first wait after an infrastructure fault; it doubles at each failed delivery
 * @param maxBackOff   the longest wait between deliveries while the fault lasts (kept well under max.poll.interval.ms)
 * @param deadLetterRetention how long dead-letter topics keep their records, for an operator to see and replay them
 */
@ConfigurationProperties("medmassage.consumer")
public record ConsumerProperties(Duration firstBackOff, Duration maxBackOff, Duration deadLetterRetention) {
    public ConsumerProperties {
        deadLetterRetention = deadLetterRetention == null ? Duration.ofDays(30) : deadLetterRetention;
        firstBackOff = firstBackOff == null ? Duration.ofMillis(200) : firstBackOff;
        maxBackOff = maxBackOff == null ? Duration.ofSeconds(30) : maxBackOff;
    }
}
