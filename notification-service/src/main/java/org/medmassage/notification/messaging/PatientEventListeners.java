package org.medmassage.notification.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.EventEnvelope;
import org.medmassage.events.EventType;
import org.medmassage.events.MalformedEventException;
import org.medmassage.events.Topics;
import org.medmassage.notification.application.RecordNotification;
import org.medmassage.notification.application.UpdateOverview;
import org.medmassage.notification.notice.SourceEvent;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * One consumer per producing service's topic. Each handles only the event types that ever concern the patient, as a
 * notification or in their overview: the others are acknowledged without an inbox row or a transaction.
 */
@Configuration
class PatientEventListeners {

    private final InboxConsumers consumers;
    private final RecordNotification recordNotification;
    private final UpdateOverview updateOverview;
    private final String consumerName;

    PatientEventListeners(InboxConsumers consumers, RecordNotification recordNotification,
                          UpdateOverview updateOverview, @Value("${spring.application.name}") String consumerName) {
        this.consumers = consumers;
        this.recordNotification = recordNotification;
        this.updateOverview = updateOverview;
        this.consumerName = consumerName;
    }

    @Bean
    Consumer<Message<List<byte[]>>> referralEvents() {
        return listenerFor(Topics.REFERRAL);
    }

    @Bean
    Consumer<Message<List<byte[]>>> authorizationEvents() {
        return listenerFor(Topics.AUTHORIZATION);
    }

    @Bean
    Consumer<Message<List<byte[]>>> claimEvents() {
        return listenerFor(Topics.CLAIM);
    }

    @Bean
    Consumer<Message<List<byte[]>>> benefitEvents() {
        return listenerFor(Topics.BENEFIT);
    }

    private Consumer<Message<List<byte[]>>> listenerFor(String topic) {
        EventHandlers.Builder handlers = EventHandlers.builder();
        for (EventType type : EventType.values()) {
            if (type.topic().equals(topic) && concerns(type.payloadType())) {
                register(handlers, type.payloadType());
            }
        }
        return consumers.consumer(consumerName, handlers.build());
    }

    private <T extends DomainEvent> void register(EventHandlers.Builder handlers, Class<T> payloadType) {
        handlers.on(payloadType, (event, envelope) -> {
            SourceEvent source = source(envelope, event);
            return recordNotification.record(source).then(updateOverview.apply(source));
        });
    }

    private boolean concerns(Class<? extends DomainEvent> payloadType) {
        return recordNotification.concerns(payloadType) || updateOverview.concerns(payloadType);
    }

    private static SourceEvent source(EventEnvelope envelope, DomainEvent event) {
        if (envelope.occurredAt() == null) {
            throw new MalformedEventException(envelope.type() + " " + envelope.eventId() + " has no occurredAt");
        }
        return new SourceEvent(envelope.eventId(), envelope.type(), envelope.occurredAt(), envelope.memberId(),
                envelope.correlationId(), event);
    }
}
