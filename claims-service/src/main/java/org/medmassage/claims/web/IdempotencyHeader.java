package org.medmassage.claims.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.application.Submitted;
import org.medmassage.claims.intake.IdempotencyKey;
import org.medmassage.support.security.Caller;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/**
 * The Idempotency-Key header of POST /claims as the web sees it (decision 0053): scoped to the caller's NPI (its
 * subject when it has none), a 400 when malformed, and the answer of a retry, the 202 of the first request with the
 * claim's status now and {@code Idempotent-Replayed: true} (a retried frequency-8 void: its 200 with the voided claim).
 */
final class IdempotencyHeader {

    static final String REPLAYED = "Idempotent-Replayed";

    private IdempotencyHeader() {
    }

    static Mono<Optional<IdempotencyKey>> of(Caller caller, String header) {
        if (header == null) {
            return Mono.just(Optional.empty());
        }
        return IdempotencyKey.problem(header)
                .<Mono<Optional<IdempotencyKey>>>map(problem -> Mono.error(RequestRejectedException.badRequest(
                        "Idempotency-Key is not usable", List.of(problem))))
                .orElseGet(() -> Mono.just(Optional.of(new IdempotencyKey(scope(caller), header))));
    }

    static ResponseEntity<ClaimAccepted> accepted(Submitted submitted) {
        return answer(submitted, false);
    }

    /** 202 for a claim the saga adjudicates; 200 for a frequency-8 void, answered with the voided claim (0056). */
    static ResponseEntity<ClaimAccepted> answer(Submitted submitted, boolean voidOfPriorClaim) {
        Claim claim = submitted.claim();
        var answer = (voidOfPriorClaim ? ResponseEntity.ok() : ResponseEntity.accepted())
                .location(URI.create("/claims/" + claim.id()));
        if (submitted.replayed()) {
            answer = answer.header(REPLAYED, "true");
        }
        return answer.body(new ClaimAccepted(claim.id().toString(), claim.status().name()));
    }

    private static String scope(Caller caller) {
        return caller.npi().map(npi -> "npi:" + npi).orElseGet(() -> "sub:" + caller.subject());
    }
}
