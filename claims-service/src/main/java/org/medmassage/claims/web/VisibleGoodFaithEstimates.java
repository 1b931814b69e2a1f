package org.medmassage.claims.web;

import java.util.UUID;
import org.medmassage.claims.application.ReadGoodFaithEstimates;
import org.medmassage.claims.application.ReadGoodFaithEstimates.BilledEstimate;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A Good Faith Estimate as its patient, its provider or the payer's staff may see it; a 404 to anyone else, as for an
 * id that does not exist (decision 0049).
 */
@Component
class VisibleGoodFaithEstimates {

    private static final String KIND = "good faith estimate";

    private final ReadGoodFaithEstimates read;

    VisibleGoodFaithEstimates(ReadGoodFaithEstimates read) {
        this.read = read;
    }

    Mono<BilledEstimate> find(Caller caller, String estimateId) {
        return Mono.fromCallable(() -> UUID.fromString(estimateId))
                .onErrorMap(IllegalArgumentException.class, e -> new ResourceNotFoundException(KIND, estimateId))
                .flatMap(read::find)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException(KIND, estimateId)))
                .flatMap(found -> MemberData.reveal(caller, KIND, estimateId, found, found.estimate().memberId(),
                        found.estimate().provider().npi()));
    }
}
