package org.medmassage.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RetryListener;

/**
 * What one consumer group's failed deliveries say to operations: each is counted by kind (transient, poison); a
 * partition waiting out a fault shows in health and is logged at its 1st, 2nd, 4th, 8th… attempt, then once when it
 * moves on (a record of it handled, or a poll that reached it); dead letters go to {@link DeadLetterLog}.
 */
final class ConsumerFaultListener implements RetryListener, BatchInterceptor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ConsumerFaultListener.class);

    private final String group;
    private final String deadLetterTopic;
    private final RetryingPartitions retrying;
    private final MeterRegistry meters;
    private final DeadLetterLog deadLetterLog;

    ConsumerFaultListener(String group, String deadLetterTopic, RetryingPartitions retrying, MeterRegistry meters,
            DeadLetterLog deadLetterLog) {
        this.group = group;
        this.deadLetterTopic = deadLetterTopic;
        this.retrying = retrying;
        this.meters = meters;
        this.deadLetterLog = deadLetterLog;
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
        FaultAwareBackOff.failed(failure);
        boolean passes = Faults.isTransient(failure);
        meters.counter("medmassage.consumer.failed.deliveries", "consumer", group, "topic", record.topic(),
                "fault", passes ? "transient" : "poison").increment();
        if (passes) {
            int attempts = retrying.failed(group, record.topic(), record.partition(), failure);
            if (Integer.bitCount(attempts) == 1) {
                log.warn("{} waits out an infrastructure fault on {}-{} at offset {} (attempt {}), the partition held: "
                        + "{}", group, record.topic(), record.partition(), record.offset(), attempts,
                        DeadLetterLog.describe(failure));
            }
        }
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
        FaultAwareBackOff.forget();
        retrying.cleared(group, record.topic(), record.partition());
        deadLetterLog.deadLettered(group, record.topic(), record.partition(), record.offset(), deadLetterTopic,
                Faults.isTransient(failure) ? "transient" : "refused", failure);
    }

    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
        // the record is not committed: it is delivered again, and dead-lettered again once its attempts are used
        log.error("{} could not dead-letter {}-{} offset {} to {} ({}); it will be delivered again", group,
                record.topic(), record.partition(), record.offset(), deadLetterTopic, DeadLetterLog.describe(failure));
    }

    @Override
    public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records,
            Consumer<Object, Object> consumer) {
        return records;
    }

    /** A poll handled (every binding is in batch mode, decision 0082): each of its partitions moved on. */
    @Override
    public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
        FaultAwareBackOff.forget();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<Object, Object>> handled = records.records(partition);
            movedOn(handled.get(handled.size() - 1));
        }
    }

    private void movedOn(ConsumerRecord<Object, Object> record) {
        RetryingPartitions.Retry done = retrying.cleared(group, record.topic(), record.partition());
        if (done != null) {
            log.info("{} moved on at {}-{} offset {} after {} failed deliveries over {} s ({})", group, record.topic(),
                    record.partition(), record.offset(), done.attempts(),
                    Duration.between(done.since(), Instant.now()).toSeconds(), done.fault());
        }
    }
}
