package org.medmassage.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.medmassage.events.MalformedEventException;
import org.medmassage.events.Topics;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.KafkaException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Every consumer binding's retries and dead letters, taken over from the binder so that a fault of the infrastructure
 * is retried for as long as it lasts instead of parking the record after three tries ({@link FaultAwareBackOff}).
 * The binding's max-attempts and back-off still bound the attempts at a poison record; a malformed one is
 * dead-lettered at once. A failed record holds its partition (the container seeks back to it), so nothing after it
 * is committed or overtakes it.
 */
public class ConsumerErrorHandling implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private static final BackOff POISON_DEFAULT = new FixedBackOff(100, 2);

    private final DefaultKafkaProducerFactory<byte[], byte[]> deadLetterProducers;
    private final DeadLetterRetention retention;
    private final KafkaOperations<byte[], byte[]> deadLetterProducer;
    private final ConsumerProperties properties;
    private final RetryingPartitions retrying;
    private final MeterRegistry meters;
    private final DeadLetterLog deadLetterLog;
    private final DeadLetterObservers observers;

    public ConsumerErrorHandling(DefaultKafkaProducerFactory<byte[], byte[]> deadLetterProducers,
            ConsumerProperties properties, RetryingPartitions retrying, MeterRegistry meters,
            DeadLetterLog deadLetterLog, DeadLetterObservers observers) {
        this.deadLetterProducers = deadLetterProducers;
        this.deadLetterProducer = new KafkaTemplate<>(deadLetterProducers);
        this.retention = new DeadLetterRetention(String.valueOf(deadLetterProducers.getConfigurationProperties()
                .get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)), properties.deadLetterRetention());
        this.properties = properties;
        this.retrying = retrying;
        this.meters = meters;
        this.deadLetterLog = deadLetterLog;
        this.observers = observers;
    }

    /** The producer of dead letters, shared with {@link MalformedRecords}. */
    public KafkaOperations<byte[], byte[]> deadLetterProducer() {
        return deadLetterProducer;
    }

    @Override
    public void destroy() {
        deadLetterProducers.destroy();
        retention.close();
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> bindersDeadLetterResolver, BackOff poison) {
        String deadLetterTopic = Topics.deadLetter(destinationName, group);
        retention.keep(deadLetterTopic, destinationName);
        deadLetterLog.expect(group, destinationName);
        ConsumerFaultListener listener = new ConsumerFaultListener(group, deadLetterTopic, retrying, meters,
                deadLetterLog);
        DefaultErrorHandler handler = new DefaultErrorHandler(
                new ObservedDeadLetters(observers, DeadLetters.recoverer(deadLetterProducer, deadLetterTopic)),
                new FaultAwareBackOff(poison == null ? POISON_DEFAULT : poison, properties.firstBackOff(),
                        properties.maxBackOff()));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        // FaultAwareBackOff tells transient from poison itself: a new root cause during one outage (refused, then
        // closed, then a pool timeout) must not restart its back-off at 200 ms
        handler.setResetStateOnExceptionChange(false);
        handler.setRetryListeners(listener);
        handler.setLogLevel(KafkaException.Level.DEBUG); // the listener logs, once per partition and fault
        container.setCommonErrorHandler(handler);
        ((AbstractMessageListenerContainer<Object, Object>) container).setBatchInterceptor(listener);
    }
}
