package org.medmassage.claims.web;

import org.medmassage.claims.application.ClaimNotDecided;
import org.medmassage.claims.application.ExplainBenefits;
import org.medmassage.claims.explanation.ExplanationOfBenefits;
import org.medmassage.support.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * GET /claims/{id}/eob (issue 13 item 7): the member's explanation of benefits as JSON or, with
 * {@code Accept: text/html}, as a printable page. Read like the claim itself: its member, its provider and the payer's
 * staff; a 404 to anyone else (VisibleClaims), a 409 while the claim is not decided.
 */
@RestController
class ExplanationOfBenefitsController {

    private static final String PATH = "/claims/{claimId}/eob";

    private final VisibleClaims visibleClaims;
    private final ExplainBenefits explainBenefits;

    ExplanationOfBenefitsController(VisibleClaims visibleClaims, ExplainBenefits explainBenefits) {
        this.visibleClaims = visibleClaims;
        this.explainBenefits = explainBenefits;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ExplanationOfBenefits> explanation(Caller caller, @PathVariable String claimId) {
        return explain(caller, claimId);
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> printable(Caller caller, @PathVariable String claimId) {
        return explain(caller, claimId).map(EobHtml::render);
    }

    private Mono<ExplanationOfBenefits> explain(Caller caller, String claimId) {
        return visibleClaims.find(caller, claimId)
                .flatMap(explainBenefits::explain)
                .onErrorMap(ClaimNotDecided.class,
                        undecided -> NotDecidedYet.problem(undecided, "FMT-02", "explanation of benefits"));
    }
}
