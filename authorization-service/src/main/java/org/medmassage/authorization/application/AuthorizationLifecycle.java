package org.medmassage.authorization.application;

import java.time.Instant;
import java.time.LocalDate;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The ends of an approved authorization, each recorded once: its window closed, its last visit used (decision 0062). */
public interface AuthorizationLifecycle {

    /** Approved authorizations whose window ended before {@code today} and not yet marked expired, oldest end first. */
    Flux<ApprovedAuthorization> endedBefore(LocalDate today, int limit);

    /**
     * Marks the window closed if it still ended before {@code today}; false when it was marked already (another sweep,
     * another instance) or has been moved on since (a progress report's next block).
     */
    Mono<Boolean> markExpired(AuthorizationId id, LocalDate today, Instant now);

    /** Marks the last visit used; false when it was marked already, even if a visit was given back since. */
    Mono<Boolean> markExhausted(AuthorizationId id, Instant now);

    /** When the authorization was marked expired and exhausted (null for a mark not set), for its readers. */
    Mono<Ends> endsOf(AuthorizationId id);

    /** The two marks; both null while the authorization runs. */
    record Ends(Instant expiredAt, Instant exhaustedAt) {

        public static Ends none() {
            return new Ends(null, null);
        }
    }
}
