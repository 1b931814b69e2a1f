package org.medmassage.notification.live;

import org.medmassage.notification.overview.MemberOverview;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Overviews as they are committed, for the portal's live stream. In-process, as {@link LiveNotifications} is (same
 * limits with several instances). A slow client keeps only the newest overview: each one replaces the last.
 */
@Component
public class LiveOverviews {

    private final Sinks.Many<MemberOverview> sink = Sinks.many().multicast().directBestEffort();

    /** Called after the overview's transaction committed; consumers of several topics call it concurrently. */
    public synchronized void publish(MemberOverview overview) {
        sink.tryEmitNext(overview);
    }

    public Flux<MemberOverview> of(String memberId) {
        return sink.asFlux()
                .filter(overview -> overview.memberId().equals(memberId))
                .onBackpressureBuffer(1, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST);
    }
}
