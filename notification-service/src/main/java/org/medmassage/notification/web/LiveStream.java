package org.medmassage.notification.web;

import java.time.Clock;
import java.time.Duration;
import org.medmassage.support.security.Caller;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What every server-sent stream of this service does around its frames. The first frame is a {@code subscribed}
 * comment, sent once the live feed is subscribed: a client that has read it cannot miss a later frame. A comment
 * every so often keeps idle proxies from closing the connection. The stream ends when the token that opened it
 * expires (issue 12): the client reconnects with a fresh one, which is checked again.
 */
final class LiveStream {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private LiveStream() {
    }

    static <T> Flux<ServerSentEvent<T>> of(Flux<ServerSentEvent<T>> frames, Caller caller, Clock clock) {
        Flux<ServerSentEvent<T>> keepAlive = Flux.interval(KEEP_ALIVE)
                .map(tick -> ServerSentEvent.<T>builder().comment("keep-alive").build());
        // merge subscribes in argument order: the live feed is subscribed before the greeting is emitted
        return Flux.merge(frames, keepAlive, Flux.just(ServerSentEvent.<T>builder().comment("subscribed").build()))
                .takeUntilOther(tokenExpiry(caller, clock));
    }

    /** When the caller's token expires; a token without an expiry (the issuer's never are) ends the stream at once. */
    private static Mono<Long> tokenExpiry(Caller caller, Clock clock) {
        Duration left = caller.expiresAt().map(at -> Duration.between(clock.instant(), at)).orElse(Duration.ZERO);
        return Mono.delay(left.isNegative() ? Duration.ZERO : left);
    }
}
