package org.medmassage.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Where a record that can never be processed goes: {@code error.<topic>.<group>}, with its key, value and headers as
 * they came, plus headers naming the original topic, partition, offset and group, and the failure's class and message
 * (no stack trace: it is noise to an operator and can carry data from other records). A dead letter that cannot be
 * written fails the recovery, so the record is not committed and comes again.
 */
final class DeadLetters {

    private static final int MAX_MESSAGE = 1_000;

    private DeadLetters() {
    }

    static DeadLetterPublishingRecoverer recoverer(KafkaOperations<?, ?> producer, String deadLetterTopic) {
        // partition -1: the producer partitions by key, so the dead letters of one member stay in order
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(producer,
                (record, failure) -> new TopicPartition(deadLetterTopic, -1));
        recoverer.setExceptionHeadersCreator((headers, failure, isKey, names) -> failureHeaders(failure)
                .forEach(headers::add));
        recoverer.setFailIfSendResultIsError(true);
        recoverer.setThrowIfNoDestinationReturned(true);
        return recoverer;
    }

    /** The failure's class and message (cut to 1,000 characters), without the container's wrappers or a stack trace. */
    static List<Header> failureHeaders(Throwable failure) {
        Throwable real = Faults.unwrap(failure);
        String message = String.valueOf(real.getMessage());
        return List.of(new RecordHeader(KafkaHeaders.DLT_EXCEPTION_FQCN, utf8(real.getClass().getName())),
                new RecordHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE,
                        utf8(message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message)));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
