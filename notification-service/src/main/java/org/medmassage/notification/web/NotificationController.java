package org.medmassage.notification.web;

import java.time.Clock;
import org.medmassage.notification.application.ReadNotifications;
import org.medmassage.support.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

@RestController
class NotificationController {

    private final ReadNotifications read;
    private final Clock clock;

    NotificationController(ReadNotifications read, Clock clock) {
        this.read = read;
        this.clock = clock;
    }

    /** Oldest first; a member nobody has told anything yet simply has none. */
    @GetMapping("/members/{memberId}/notifications")
    Flux<NotificationView> list(@PathVariable String memberId) {
        return read.history(memberId).map(NotificationView::of);
    }

    /** Notifications stored after the client subscribed (see {@link LiveStream} for the frames around them). */
    @GetMapping(value = "/members/{memberId}/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<NotificationView>> stream(Caller caller, @PathVariable String memberId) {
        Flux<ServerSentEvent<NotificationView>> notifications = read.live(memberId)
                .map(notification -> ServerSentEvent.builder(NotificationView.of(notification))
                        .id(notification.id().toString())
                        .event("notification")
                        .build());
        return LiveStream.of(notifications, caller, clock);
    }
}
