package org.medmassage.support.messaging;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.medmassage.events.MalformedEventException;
import org.medmassage.events.Topics;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * A malformed record is dead-lettered where it is decoded, at once and without a retry: it can never be processed, and
 * handing it to the container's error handler would seek back and wait out an in-flight fetch, about half a second a
 * record. Same topic and dead-letter headers as {@link DeadLetters}, with the record's key and value as they came.
 * The service's {@link DeadLetterObservers} see it first. The send is awaited: if it (or an observer) fails, the exception goes to the error handler and the record comes again, so it is
 * never committed without its dead letter.
 */
public class MalformedRecords {

    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final KafkaOperations<byte[], byte[]> producer;
    private final DeadLetterLog deadLetterLog;
    private final DeadLetterObservers observers;

    public MalformedRecords(KafkaOperations<byte[], byte[]> producer, DeadLetterLog deadLetterLog,
            DeadLetterObservers observers) {
        this.producer = producer;
        this.deadLetterLog = deadLetterLog;
        this.observers = observers;
    }

    void deadLetter(String consumer, Message<byte[]> message, MalformedEventException malformed) {
        MessageHeaders headers = message.getHeaders();
        String topic = String.valueOf(headers.get(KafkaHeaders.RECEIVED_TOPIC));
        String group = headers.get(KafkaHeaders.GROUP_ID) instanceof String id ? id : consumer;
        int partition = headers.get(KafkaHeaders.RECEIVED_PARTITION) instanceof Integer p ? p : -1;
        long offset = headers.get(KafkaHeaders.OFFSET) instanceof Long o ? o : -1L;
        String deadLetterTopic = Topics.deadLetter(topic, group);
        observers.beforeDeadLetter(new UnprocessableRecord(topic, partition, offset, message.getPayload(), malformed));
        List<Header> deadLetterHeaders = new ArrayList<>(List.of(
                new RecordHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC, DeadLetters.utf8(topic)),
                new RecordHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(partition).array()),
                new RecordHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(offset).array()),
                new RecordHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, DeadLetters.utf8(group))));
        deadLetterHeaders.addAll(DeadLetters.failureHeaders(malformed));
        send(new ProducerRecord<>(deadLetterTopic, null, key(headers.get(KafkaHeaders.RECEIVED_KEY)),
                message.getPayload(), deadLetterHeaders));
        deadLetterLog.deadLettered(group, topic, partition, offset, deadLetterTopic, "malformed", malformed);
    }

    private void send(ProducerRecord<byte[], byte[]> record) {
        try {
            producer.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter to " + record.topic(),
                    e.getCause() == null ? e : e.getCause());
        }
    }

    private static byte[] key(Object key) {
        return key instanceof byte[] bytes ? bytes : key == null ? null : DeadLetters.utf8(String.valueOf(key));
    }
}
