package org.medmassage.support.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * One poll's records as the binder hands them in batch mode (one message, a list per header), split back into one
 * message per record with that record's own topic, partition, offset, key and headers — what a record-mode consumer
 * would have received, in the poll's order (each partition's records in offset order).
 */
final class PolledRecords {

    private PolledRecords() {
    }

    static List<Message<byte[]>> split(Message<List<byte[]>> batch) {
        MessageHeaders headers = batch.getHeaders();
        List<byte[]> payloads = batch.getPayload();
        List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(headers, KafkaHeaders.OFFSET);
        List<?> keys = list(headers, KafkaHeaders.RECEIVED_KEY);
        List<?> converted = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> natives = list(headers, KafkaHeaders.NATIVE_HEADERS);
        Object group = headers.get(KafkaHeaders.GROUP_ID);
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Map<String, Object> own = new HashMap<>(recordHeaders(converted, natives, i));
            put(own, KafkaHeaders.RECEIVED_TOPIC, at(topics, i));
            put(own, KafkaHeaders.RECEIVED_PARTITION, at(partitions, i));
            put(own, KafkaHeaders.OFFSET, at(offsets, i));
            put(own, KafkaHeaders.RECEIVED_KEY, at(keys, i));
            put(own, KafkaHeaders.GROUP_ID, group);
            records.add(MessageBuilder.createMessage(payloads.get(i), new MessageHeaders(own)));
        }
        return records;
    }

    /** The binder's header mapper gives each record's headers as a map; without one they come as Kafka's own. */
    private static Map<String, Object> recordHeaders(List<?> converted, List<?> natives, int i) {
        if (at(converted, i) instanceof Map<?, ?> map) {
            Map<String, Object> headers = new HashMap<>();
            map.forEach((key, value) -> headers.put(String.valueOf(key), value));
            return headers;
        }
        Map<String, Object> headers = new HashMap<>();
        if (at(natives, i) instanceof Headers kafkaHeaders) {
            for (Header header : kafkaHeaders) {
                headers.put(header.key(), header.value());
            }
        }
        return headers;
    }

    private static List<?> list(MessageHeaders headers, String name) {
        return headers.get(name) instanceof List<?> list ? list : List.of();
    }

    private static Object at(List<?> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }

    private static void put(Map<String, Object> headers, String name, Object value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
