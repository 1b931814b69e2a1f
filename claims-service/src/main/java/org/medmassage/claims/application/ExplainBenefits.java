package org.medmassage.claims.application;

import java.util.Optional;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.era.PaymentDay;
import org.medmassage.claims.explanation.ExplanationOfBenefits;
import org.medmassage.claims.pricing.Provider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The member's explanation of benefits of a decided claim, with its provider's name (issue 13 item 7). */
@Service
public class ExplainBenefits {

    private final AdjudicatedClaims adjudicatedClaims;
    private final Providers providers;

    public ExplainBenefits(AdjudicatedClaims adjudicatedClaims, Providers providers) {
        this.adjudicatedClaims = adjudicatedClaims;
        this.providers = providers;
    }

    /** {@link ClaimNotDecided} while the saga still has the claim: never half an explanation. */
    public Mono<ExplanationOfBenefits> explain(Claim claim) {
        return adjudicatedClaims.decided(claim).flatMap(decided -> providerName(claim)
                .map(name -> ExplanationOfBenefits.of(claim, name.orElse(null), PaymentDay.of(decided.decidedAt()))));
    }

    private Mono<Optional<String>> providerName(Claim claim) {
        return providers.find(claim.header().renderingProviderNpi()).map(Provider::name).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }
}
