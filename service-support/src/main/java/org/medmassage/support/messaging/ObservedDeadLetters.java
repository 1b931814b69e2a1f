package org.medmassage.support.messaging;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;

/**
 * The container's recoverer: the service's {@link DeadLetterObservers} first, then the dead letter. If either fails,
 * the recovery fails and the record comes again.
 */
final class ObservedDeadLetters implements ConsumerAwareRecordRecoverer {

    private final DeadLetterObservers observers;
    private final ConsumerAwareRecordRecoverer deadLetters;

    ObservedDeadLetters(DeadLetterObservers observers, ConsumerAwareRecordRecoverer deadLetters) {
        this.observers = observers;
        this.deadLetters = deadLetters;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception failure) {
        observers.beforeDeadLetter(new UnprocessableRecord(record.topic(), record.partition(), record.offset(),
                record.value() instanceof byte[] bytes ? bytes : null, failure));
        deadLetters.accept(record, consumer, failure);
    }
}
