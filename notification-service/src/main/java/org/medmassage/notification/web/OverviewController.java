package org.medmassage.notification.web;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.medmassage.notification.application.Overviews;
import org.medmassage.notification.live.LiveOverviews;
import org.medmassage.notification.overview.MemberOverview;
import org.medmassage.support.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The member's benefit as it stands, for the portal (issue 16 item 1): once, or live. */
@RestController
class OverviewController {

    private final Overviews overviews;
    private final LiveOverviews live;
    private final Clock clock;

    OverviewController(Overviews overviews, LiveOverviews live, Clock clock) {
        this.overviews = overviews;
        this.live = live;
        this.clock = clock;
    }

    /** A member no event has mentioned yet has an overview with nothing in it, not a 404. */
    @GetMapping("/members/{memberId}/overview")
    Mono<MemberOverview> overview(@PathVariable String memberId) {
        return current(memberId);
    }

    /**
     * The overview as it stands, then each new one as it is committed: subscribed to the live feed before the stored
     * one is read, so nothing committed in between is missed; an older copy arriving after a newer one is skipped.
     */
    @GetMapping(value = "/members/{memberId}/overview/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<MemberOverview>> stream(Caller caller, @PathVariable String memberId) {
        AtomicLong newest = new AtomicLong(-1);
        Flux<ServerSentEvent<MemberOverview>> overviews = Flux.merge(live.of(memberId), Mono.defer(() -> current(memberId)))
                .filter(overview -> newest.getAndAccumulate(overview.revision(), Math::max) < overview.revision())
                .map(overview -> ServerSentEvent.builder(overview)
                        .id(Long.toString(overview.revision()))
                        .event("overview")
                        .build());
        return LiveStream.of(overviews, caller, clock);
    }

    private Mono<MemberOverview> current(String memberId) {
        return overviews.of(memberId).defaultIfEmpty(MemberOverview.empty(memberId));
    }
}
