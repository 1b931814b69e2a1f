package org.medmassage.claims.application;

import java.util.Optional;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.era.PaymentDay;
import org.medmassage.claims.explanation.ExplanationOfBenefits;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.HsaFsaEligibilityPolicy;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The member's explanation of benefits of a decided claim, with its provider's name (issue 13 item 7). */
@Service
public class ExplainBenefits {

    private final AdjudicatedClaims adjudicatedClaims;
    private final Providers providers;
    private final LettersOfMedicalNecessity letters;

    public ExplainBenefits(AdjudicatedClaims adjudicatedClaims, Providers providers,
            LettersOfMedicalNecessity letters) {
        this.adjudicatedClaims = adjudicatedClaims;
        this.providers = providers;
        this.letters = letters;
    }

    /**
     * {@link ClaimNotDecided} while the saga still has the claim: never half an explanation. When the plan will not
     * pay the visit, it names the ways it can still be paid (issue 15 item 7): the provider's cash rate, the member's
     * letters of medical necessity.
     */
    public Mono<ExplanationOfBenefits> explain(Claim claim) {
        return adjudicatedClaims.decided(claim).flatMap(decided -> Mono.zip(provider(claim),
                        letters.ofMember(claim.memberId()).collectList())
                .map(found -> ExplanationOfBenefits.of(claim, found.getT1(), PaymentDay.of(decided.decidedAt()),
                        HsaFsaEligibilityPolicy.judge(claim.dateOfService(), claim.header().diagnosisCodes(), found.getT2()))));
    }

    private Mono<Optional<Provider>> provider(Claim claim) {
        return providers.find(claim.header().renderingProviderNpi()).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }
}
