package org.medmassage.notification.application;

import org.medmassage.events.DomainEvent;
import org.medmassage.events.portal.PortalNotification;
import org.medmassage.notification.live.LiveNotifications;
import org.medmassage.notification.notice.Notification;
import org.medmassage.notification.notice.NotificationComposer;
import org.medmassage.notification.notice.SourceEvent;
import org.medmassage.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Tells the patient about an event: compose the notification, store it and announce it as a PortalNotification in the
 * caller's unit of work (the consumer's, with its inbox row), then stream it live once that commits.
 */
@Service
public class RecordNotification {

    private final NotificationComposer composer = new NotificationComposer();
    private final Notifications notifications;
    private final Outbox outbox;
    private final LiveNotifications live;

    public RecordNotification(Notifications notifications, Outbox outbox, LiveNotifications live) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.live = live;
    }

    /** Whether events of this type ever concern the patient; the others need not even be read. */
    public boolean concerns(Class<? extends DomainEvent> payloadType) {
        return composer.concerns(payloadType);
    }

    /** Must run inside a unit of work; a source event already told about is a no-op. */
    public Mono<Void> record(SourceEvent event) {
        return Mono.justOrEmpty(composer.compose(event))
                .flatMap(notification -> notifications.add(notification)
                        .filter(stored -> stored)
                        .flatMap(stored -> outbox.append(announcement(notification), event.eventId()))
                        .flatMap(appended -> AfterCommit.run(() -> live.publish(notification))));
    }

    private static PortalNotification announcement(Notification notification) {
        return new PortalNotification(notification.id().toString(), notification.memberId(),
                notification.category().name(), notification.title(), notification.message(),
                notification.sourceEventId(), notification.sourceEventType(), notification.correlationId(),
                notification.occurredAt());
    }
}
