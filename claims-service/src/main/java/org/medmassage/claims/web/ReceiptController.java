package org.medmassage.claims.web;

import java.util.List;
import org.medmassage.claims.application.IssueReceipt;
import org.medmassage.claims.receipt.Receipt;
import org.medmassage.claims.receipt.ReceiptNotAvailable;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.security.Caller;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * GET /claims/{id}/receipt (issue 15 item 6, ALT-02): the itemized HSA/FSA receipt of a paid session as JSON or, with
 * {@code Accept: text/html}, as a printable page. Read like the EOB: its member, its provider and the payer's staff;
 * a 404 to anyone else (VisibleClaims), a 409 naming the status for a claim that was not paid.
 */
@RestController
class ReceiptController {

    private static final String PATH = "/claims/{claimId}/receipt";

    private final VisibleClaims visibleClaims;
    private final IssueReceipt issueReceipt;

    ReceiptController(VisibleClaims visibleClaims, IssueReceipt issueReceipt) {
        this.visibleClaims = visibleClaims;
        this.issueReceipt = issueReceipt;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Receipt> receipt(Caller caller, @PathVariable String claimId) {
        return issue(caller, claimId);
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> printable(Caller caller, @PathVariable String claimId) {
        return issue(caller, claimId).map(ReceiptHtml::render);
    }

    private Mono<Receipt> issue(Caller caller, String claimId) {
        return visibleClaims.find(caller, claimId)
                .flatMap(issueReceipt::receipt)
                .onErrorMap(ReceiptNotAvailable.class, notPaid -> new RequestRejectedException(HttpStatus.CONFLICT,
                        "No receipt for this claim", List.of(new FieldProblem("status", "ALT-02",
                                notPaid.getMessage()))));
    }
}
