package org.medmassage.notification.web;

import java.time.Clock;
import java.time.Duration;
import org.medmassage.notification.application.ReadNotifications;
import org.medmassage.support.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
class NotificationController {

    /** Idle proxies close silent connections; a comment every so often keeps the stream open. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

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

    /**
     * Notifications stored after the client subscribed. The first frame is a {@code subscribed} comment, sent once
     * the live feed is subscribed: a client that has read it cannot miss a later notification. The stream ends when
     * the token that opened it expires (issue 12): the client reconnects with a fresh one, which is checked again.
     */
    @GetMapping(value = "/members/{memberId}/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<NotificationView>> stream(Caller caller, @PathVariable String memberId) {
        Flux<ServerSentEvent<NotificationView>> notifications = read.live(memberId)
                .map(notification -> ServerSentEvent.builder(NotificationView.of(notification))
                        .id(notification.id().toString())
                        .event("notification")
                        .build());
        Flux<ServerSentEvent<NotificationView>> keepAlive = Flux.interval(KEEP_ALIVE)
                .map(tick -> ServerSentEvent.<NotificationView>builder().comment("keep-alive").build());
        // merge subscribes in argument order: the live feed is subscribed before the greeting is emitted
        return Flux.merge(notifications, keepAlive,
                        Flux.just(ServerSentEvent.<NotificationView>builder().comment("subscribed").build()))
                .takeUntilOther(tokenExpiry(caller));
    }

    /** When the caller's token expires; a token without an expiry (the issuer's never are) ends the stream at once. */
    private Mono<Long> tokenExpiry(Caller caller) {
        Duration left = caller.expiresAt().map(at -> Duration.between(clock.instant(), at)).orElse(Duration.ZERO);
        return Mono.delay(left.isNegative() ? Duration.ZERO : left);
    }
}
