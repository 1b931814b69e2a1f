package org.medmassage.claims.application;

import java.util.List;
import org.medmassage.claims.adjudication.Claim;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The pended claims for operators, longest pended first, a page at a time. */
@Service
public class ListPendedClaims {

    public record Page(List<Claim> claims, long total) {
    }

    private final ClaimsInWaiting waiting;
    private final Claims claims;

    public ListPendedClaims(ClaimsInWaiting waiting, Claims claims) {
        this.waiting = waiting;
        this.claims = claims;
    }

    public Mono<Page> page(int page, int size) {
        return waiting.pended(page, size).flatMap(found -> Flux.fromIterable(found.claimIds())
                .concatMap(claims::find).collectList().map(list -> new Page(list, found.total())));
    }
}
