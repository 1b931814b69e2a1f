package org.medmassage.claims.application;

import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads one claim with its remittance. */
@Service
public class FindClaim {

    private final Claims claims;

    public FindClaim(Claims claims) {
        this.claims = claims;
    }

    public Mono<Claim> find(UUID claimId) {
        return claims.find(claimId);
    }
}
