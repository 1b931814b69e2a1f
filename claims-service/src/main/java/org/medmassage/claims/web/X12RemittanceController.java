package org.medmassage.claims.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.medmassage.claims.application.ReportRemittances;
import org.medmassage.claims.era.ClaimPaymentAdvice;
import org.medmassage.claims.x12.Remittance835;
import org.medmassage.support.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The provider's remittance as an X12 835 (issue 18 item 2, decision 0078): the same claims, amounts and access as
 * the JSON of {@link RemittanceController} (a provider its own NPI and claims, the admin, ops), written by
 * {@link Remittance835}. TRN02 is the NPI and day for a day's remittance, the claim id for one claim's.
 */
@RestController
class X12RemittanceController {

    private final VisibleClaims visibleClaims;
    private final ReportRemittances reportRemittances;
    private final Clock clock;
    private final Remittance835.Payer payer;

    X12RemittanceController(VisibleClaims visibleClaims, ReportRemittances reportRemittances, Clock clock,
            @Value("${medmassage.claims.x12.payer-id:MEDMASSAGE}") String payerId,
            @Value("${medmassage.claims.x12.payer-name:MEDMASSAGE HEALTH PLAN}") String payerName) {
        this.visibleClaims = visibleClaims;
        this.reportRemittances = reportRemittances;
        this.clock = clock;
        this.payer = new Remittance835.Payer(payerId, payerName);
    }

    @GetMapping(path = "/x12/835", produces = X12ClaimController.EDI_X12)
    Mono<ResponseEntity<String>> ofProviderDay(Caller caller, @RequestParam(required = false) String providerNpi,
            @RequestParam(required = false) String paidOn) {
        return RemittanceController.providerDay(reportRemittances, caller, providerNpi, paidOn)
                .map(day -> edi(Remittance835.write(payer, day.providerNpi(), day.paidOn(),
                        day.providerNpi() + "-" + day.paidOn().toString().replace("-", ""), day.claims(),
                        clock.millis() / 1000, LocalDateTime.now(clock))));
    }

    @GetMapping(path = "/claims/{claimId}/835", produces = X12ClaimController.EDI_X12)
    Mono<ResponseEntity<String>> ofClaim(Caller caller, @PathVariable String claimId) {
        return RemittanceController.ofClaim(visibleClaims, reportRemittances, caller, claimId)
                .map(advice -> edi(Remittance835.write(payer, payee(advice), advice.paidOn(),
                        advice.clp().payerClaimControlNumber(), List.of(advice), clock.millis() / 1000,
                        LocalDateTime.now(clock))));
    }

    // N1*PE: the billing provider (837P 2010AA) the payment goes to
    private static String payee(ClaimPaymentAdvice advice) {
        return advice.payeeNpi() == null ? advice.renderingProviderNpi() : advice.payeeNpi();
    }

    private static ResponseEntity<String> edi(String text) {
        return ResponseEntity.ok().header("Content-Type", X12ClaimController.EDI_X12).body(text);
    }
}
