package org.medmassage.notification.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.medmassage.notification.notice.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Notifications as they are committed, for the SSE stream: a subscriber sees only what is stored after it subscribed.
 *
 * <p>In-process on purpose: it is fed by this instance's consumers only. With several instances, a member's events
 * reach one of them, so a client on another would miss them; the stream would then have to read the
 * {@code portal.notifications} topic (every instance with its own consumer group) instead of this sink.
 */
@Component
public class LiveNotifications {

    private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);
    /** Per subscriber: a client that stops reading loses its oldest notifications, never slows anyone else. */
    private static final int SUBSCRIBER_BUFFER = 256;

    // Best effort: with nobody subscribed a notification is simply not streamed (it is stored and listed anyway).
    private final Sinks.Many<Notification> sink = Sinks.many().multicast().directBestEffort();
    private final Counter dropped;

    public LiveNotifications(MeterRegistry meters) {
        this.dropped = Counter.builder("medmassage.notifications.live.dropped")
                .description("live notifications a slow SSE client did not read in time").register(meters);
    }

    /** Called after the notification's transaction committed; consumers of several topics call it concurrently. */
    public synchronized void publish(Notification notification) {
        Sinks.EmitResult result = sink.tryEmitNext(notification);
        if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
            log.warn("live notification {} not streamed: {}", notification.id(), result);
        }
    }

    /** The member's notifications from now on; subscribes to the sink as soon as it is subscribed itself. */
    public Flux<Notification> of(String memberId) {
        return sink.asFlux()
                .filter(notification -> notification.memberId().equals(memberId))
                .onBackpressureBuffer(SUBSCRIBER_BUFFER, notification -> dropped.increment(),
                        BufferOverflowStrategy.DROP_OLDEST);
    }
}
