package org.medmassage.support.outbox;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps the outbox's backlog figures fresh (every 5 s) and purges rows past retention (every purge interval). */
public class OutboxHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);
    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final OutboxBacklog backlog;
    private final RetentionPurge purge;
    private final Duration purgeInterval;
    private volatile Disposable loop;

    public OutboxHousekeeping(OutboxBacklog backlog, RetentionPurge purge, Duration purgeInterval) {
        this.backlog = backlog;
        this.purge = purge;
        this.purgeInterval = purgeInterval;
    }

    @Override
    public void start() {
        loop = Flux.merge(
                        Flux.interval(Duration.ZERO, REFRESH).onBackpressureDrop()
                                .concatMap(tick -> quietly(backlog.refresh(), "outbox backlog refresh"), 1),
                        Flux.interval(purgeInterval, purgeInterval).onBackpressureDrop()
                                .concatMap(tick -> quietly(purge.purge().then(), "outbox and inbox purge"), 1))
                .subscribe();
    }

    private static Mono<Void> quietly(Mono<Void> work, String what) {
        return work.timeout(Duration.ofMinutes(2)).onErrorResume(e -> {
            log.warn("{} failed, trying again later: {}", what, e.toString());
            return Mono.empty();
        });
    }

    @Override
    public void stop() {
        Disposable current = loop;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null && !loop.isDisposed();
    }
}
