package org.medmassage.claims.application;

import java.time.LocalDate;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.era.ClaimPaymentAdvice;
import org.medmassage.claims.era.PaymentDay;
import org.medmassage.claims.era.ProviderDayRemittance;
import org.medmassage.claims.era.RemittanceAdvices;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The provider's 835-shaped remittance of one claim, or of every claim decided or voided on a day (item 8). */
@Service
public class ReportRemittances {

    private final AdjudicatedClaims adjudicatedClaims;

    public ReportRemittances(AdjudicatedClaims adjudicatedClaims) {
        this.adjudicatedClaims = adjudicatedClaims;
    }

    /** {@link ClaimNotDecided} while the saga still has the claim. */
    public Mono<ClaimPaymentAdvice> ofClaim(Claim claim) {
        return adjudicatedClaims.decided(claim).map(RemittanceAdvices::current);
    }

    public Mono<ProviderDayRemittance> ofProviderDay(String providerNpi, LocalDate day) {
        return adjudicatedClaims.ofProvider(providerNpi, PaymentDay.start(day), PaymentDay.end(day)).collectList()
                .map(claims -> ProviderDayRemittance.of(providerNpi, day, claims));
    }
}
