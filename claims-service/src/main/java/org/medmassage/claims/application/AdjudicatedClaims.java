package org.medmassage.claims.application;

import java.time.Instant;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.era.AdjudicatedClaim;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Decided claims with the moment they were decided, read for remittances and explanations of benefits. */
public interface AdjudicatedClaims {

    /** The decided claim with its decision time; empty when it is not decided. */
    Mono<AdjudicatedClaim> of(Claim claim);

    /** The provider's claims decided or voided in [from, to), in the order they were decided. */
    Flux<AdjudicatedClaim> ofProvider(String renderingProviderNpi, Instant from, Instant to);

    /** The claim with its decision time, or {@link ClaimNotDecided} while the saga still has it. */
    default Mono<AdjudicatedClaim> decided(Claim claim) {
        if (!claim.status().isTerminal()) {
            return Mono.error(new ClaimNotDecided(claim));
        }
        return of(claim).switchIfEmpty(Mono.error(() -> new ClaimNotDecided(claim)));
    }
}
