package org.medmassage.notification.application;

import org.medmassage.events.DomainEvent;
import org.medmassage.notification.live.LiveOverviews;
import org.medmassage.notification.notice.Notification;
import org.medmassage.notification.notice.NotificationComposer;
import org.medmassage.notification.notice.SourceEvent;
import org.medmassage.notification.overview.MemberOverview;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Folds an event into its member's overview in the consumer's unit of work (the inbox row makes a redelivered event
 * a no-op, so nothing is counted twice), then streams the new overview once that commits.
 */
@Service
public class UpdateOverview {

    private final NotificationComposer composer = new NotificationComposer();
    private final Overviews overviews;
    private final LiveOverviews live;

    public UpdateOverview(Overviews overviews, LiveOverviews live) {
        this.overviews = overviews;
        this.live = live;
    }

    public boolean concerns(Class<? extends DomainEvent> payloadType) {
        return MemberOverview.EVENTS.contains(payloadType);
    }

    /** Must run inside a unit of work. */
    public Mono<Void> apply(SourceEvent event) {
        if (!concerns(event.payload().getClass())) {
            return Mono.empty();
        }
        // the claim's standing repeats what the member was told about it, word for word
        String explanation = composer.compose(event).map(Notification::message).orElse(null);
        return overviews.lockedOf(event.memberId())
                .defaultIfEmpty(MemberOverview.empty(event.memberId()))
                .map(overview -> overview.after(event.payload(), event.occurredAt(), explanation))
                .flatMap(updated -> overviews.save(updated)
                        .then(AfterCommit.run(() -> live.publish(updated))));
    }
}
