package org.medmassage.support.messaging;

/**
 * A record about to be dead-lettered, as a {@link DeadLetterObserver} sees it: where it came from, its value as it
 * came (possibly not JSON at all) and why it cannot be processed.
 */
public record UnprocessableRecord(String topic, int partition, long offset, byte[] value, Throwable failure) {

    /** The failure in one line an operator can read: its class's simple name and message, without wrappers. */
    public String reason() {
        Throwable real = Faults.unwrap(failure);
        return real.getClass().getSimpleName() + ": " + real.getMessage();
    }

    /** Where the record was, as {@code topic-partition@offset}. */
    public String position() {
        return topic + "-" + partition + "@" + offset;
    }
}
