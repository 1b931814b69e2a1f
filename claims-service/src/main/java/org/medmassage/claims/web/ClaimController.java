package org.medmassage.claims.web;

import jakarta.validation.Valid;
import java.util.List;
import org.medmassage.claims.adjudication.ClaimTransitionRefused;
import org.medmassage.claims.application.ClaimRejected;
import org.medmassage.claims.application.SubmitClaim;
import org.medmassage.claims.application.VoidClaim;
import org.medmassage.claims.intake.IdempotencyKey;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Claim intake (202: adjudication continues through the saga), claim status with its remittance, and the void of an
 * adjudicated claim (CS-07). A provider submits only under its own NPI; a claim is shown only to its member, its
 * provider and the payer's staff (issue 12, config/ClaimsEndpointAccess).
 */
@RestController
class ClaimController {

    private final SubmitClaim submitClaim;
    private final VisibleClaims visibleClaims;
    private final VoidClaim voidClaim;

    ClaimController(SubmitClaim submitClaim, VisibleClaims visibleClaims, VoidClaim voidClaim) {
        this.submitClaim = submitClaim;
        this.visibleClaims = visibleClaims;
        this.voidClaim = voidClaim;
    }

    // validated first (a 400 names a missing NPI or a malformed key), then a 403 and nothing stored when the NPI is
    // not the caller's; a retry with the same Idempotency-Key is a 202 with the first claim (decision 0053). A
    // frequency 7 or 8 names a prior claim of the same member and NPI, so only the NPI that billed it (or the admin)
    // replaces or voids it; frequency 8 is a 200 with the voided claim (decision 0056)
    @PostMapping("/claims")
    Mono<ResponseEntity<ClaimAccepted>> submit(Caller caller, @Valid @RequestBody ClaimRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey) {
        return IdempotencyHeader.of(caller, idempotencyKey)
                .flatMap(key -> MemberData.actingFor(caller, request.memberId(), request.renderingProviderNpi())
                        .then(Mono.defer(() -> submitClaim.submit(request.toSubmission(), key))))
                .map(submitted -> IdempotencyHeader.answer(submitted, request.voidsPriorClaim()))
                .onErrorMap(ClaimRejected.class, rejected -> RequestRejectedException.unprocessable(
                        "Claim cannot be accepted", rejected.problems().stream()
                                .map(p -> new FieldProblem(p.field(), p.rule(), p.field() + ": " + p.message()))
                                .toList()));
    }

    @GetMapping("/claims/{claimId}")
    Mono<ClaimResponse> find(Caller caller, @PathVariable String claimId) {
        return visibleClaims.find(caller, claimId).map(ClaimResponse::of);
    }

    /** 200 with the voided claim, also when it was voided already; 409 while the saga still adjudicates it. */
    @PostMapping("/claims/{claimId}/void")
    Mono<ClaimResponse> voidClaim(Caller caller, @PathVariable String claimId,
                                  @Valid @RequestBody VoidRequest request) {
        // through VisibleClaims so that the void is audited under the claim's member
        return visibleClaims.find(caller, claimId)
                .flatMap(claim -> voidClaim.voidClaim(claim.id(), request.reason()))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("claim", claimId)))
                .onErrorMap(ClaimTransitionRefused.class, refused -> stillAdjudicated(claimId, refused))
                .map(ClaimResponse::of);
    }

    private static RequestRejectedException stillAdjudicated(String claimId, ClaimTransitionRefused refused) {
        return new RequestRejectedException(HttpStatus.CONFLICT, "Claim cannot be voided", List.of(new FieldProblem(
                "status", "CS-07", "claim " + claimId + " is still being adjudicated (" + refused.from()
                        + "): only a PAID, PARTIALLY_PAID or DENIED claim can be voided")));
    }
}
