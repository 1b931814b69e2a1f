package org.medmassage.authorization.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The reviewer's queue: pended requests (A4), oldest decision deadline first (PA-02), a page at a time. */
@Service
public class ReviewQueue {

    /** One page of the queue, and how many requests it holds in all. */
    public record Page(List<AuthorizationView> authorizations, long total) {
        public Page {
            authorizations = List.copyOf(authorizations);
        }
    }

    private final Authorizations authorizations;

    public ReviewQueue(Authorizations authorizations) {
        this.authorizations = authorizations;
    }

    /** A pended request has used no visit. */
    public Mono<Page> pended(Optional<Instant> dueBefore, int page, int size) {
        return authorizations.pendedDueBefore(dueBefore, (long) page * size, size)
                .map(pended -> new AuthorizationView(pended, 0))
                .collectList()
                .zipWith(authorizations.countPendedDueBefore(dueBefore), Page::new);
    }
}
