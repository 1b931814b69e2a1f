package org.medmassage.claims.web;

import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.application.FindClaim;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A claim as its member, its rendering provider or the payer's staff may see it; a 404 to anyone else, as for a claim
 * id that does not exist (issue 12).
 */
@Component
class VisibleClaims {

    private final FindClaim findClaim;

    VisibleClaims(FindClaim findClaim) {
        this.findClaim = findClaim;
    }

    Mono<Claim> find(Caller caller, String claimId) {
        return parse(claimId)
                .flatMap(findClaim::find)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("claim", claimId)))
                .flatMap(claim -> MemberData.reveal(caller, "claim", claimId, claim, claim.memberId(),
                        claim.header().renderingProviderNpi()));
    }

    private static Mono<UUID> parse(String claimId) {
        return Mono.fromCallable(() -> UUID.fromString(claimId))
                .onErrorMap(IllegalArgumentException.class, e -> new ResourceNotFoundException("claim", claimId));
    }
}
