package org.medmassage.claims.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.medmassage.claims.application.EstimateRefused;
import org.medmassage.claims.application.IssueGoodFaithEstimate;
import org.medmassage.claims.application.ReadGoodFaithEstimates;
import org.medmassage.claims.estimate.GoodFaithEstimate;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Good Faith Estimates for self-pay patients (issue 15 item 5, ALT-04, decision 0075): issued by the rendering
 * provider under its own NPI (or the payer's admin), read by the patient, the provider and the payer's staff as JSON
 * or, with {@code Accept: text/html}, as a printable page; the patient's are listed under their member id.
 */
@RestController
class GoodFaithEstimateController {

    private static final String ONE = "/good-faith-estimates/{estimateId}";

    private final IssueGoodFaithEstimate issue;
    private final ReadGoodFaithEstimates read;
    private final VisibleGoodFaithEstimates visible;

    GoodFaithEstimateController(IssueGoodFaithEstimate issue, ReadGoodFaithEstimates read,
            VisibleGoodFaithEstimates visible) {
        this.issue = issue;
        this.read = read;
        this.visible = visible;
    }

    // a 403 and nothing stored when the NPI is not the caller's, then every problem of the estimate at once; the
    // answer is the estimate as stored, with its final bill as a GET gives it
    @PostMapping("/good-faith-estimates")
    Mono<ResponseEntity<GoodFaithEstimateResponse>> issue(Caller caller,
            @Valid @RequestBody GoodFaithEstimateRequest request) {
        return MemberData.actingFor(caller, request.memberId(), request.renderingProviderNpi())
                .then(Mono.defer(() -> issued(request)))
                .flatMap(issued -> read.find(issued.id()))
                .map(issued -> ResponseEntity.created(URI.create("/good-faith-estimates/" + issued.estimate().id()))
                        .body(GoodFaithEstimateResponse.of(issued)))
                .onErrorMap(EstimateRefused.class, refused -> RequestRejectedException.unprocessable(
                        "Good Faith Estimate cannot be issued", refused.problems()));
    }

    private Mono<GoodFaithEstimate> issued(GoodFaithEstimateRequest request) {
        Optional<FieldProblem> twoTriggers = request.triggerProblem();
        return twoTriggers.isPresent() ? Mono.error(new EstimateRefused(List.of(twoTriggers.get())))
                : issue.issue(request.toDraft(issue.today()));
    }

    @GetMapping(path = ONE, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<GoodFaithEstimateResponse> find(Caller caller, @PathVariable String estimateId) {
        return visible.find(caller, estimateId).map(GoodFaithEstimateResponse::of);
    }

    @GetMapping(path = ONE, produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> printable(Caller caller, @PathVariable String estimateId) {
        return visible.find(caller, estimateId).map(GoodFaithEstimateResponse::of).map(GoodFaithEstimateHtml::render);
    }

    /** The member's estimates, the latest issued first (a member reaches only their own member id). */
    @GetMapping("/members/{memberId}/good-faith-estimates")
    Mono<List<GoodFaithEstimateResponse>> ofMember(@PathVariable String memberId) {
        return read.ofMember(memberId).map(GoodFaithEstimateResponse::of).collectList();
    }
}
