package org.medmassage.claims.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.medmassage.claims.adjudication.ClaimTransitionRefused;
import org.medmassage.claims.application.ClaimRejected;
import org.medmassage.claims.application.FindClaim;
import org.medmassage.claims.application.SubmitClaim;
import org.medmassage.claims.application.VoidClaim;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Claim intake (202: adjudication continues through the saga), claim status with its remittance, and the void of an
 * adjudicated claim (CS-07).
 */
@RestController
class ClaimController {

    private final SubmitClaim submitClaim;
    private final FindClaim findClaim;
    private final VoidClaim voidClaim;

    ClaimController(SubmitClaim submitClaim, FindClaim findClaim, VoidClaim voidClaim) {
        this.submitClaim = submitClaim;
        this.findClaim = findClaim;
        this.voidClaim = voidClaim;
    }

    @PostMapping("/claims")
    Mono<ResponseEntity<ClaimAccepted>> submit(@Valid @RequestBody ClaimRequest request) {
        return submitClaim.submit(request.toSubmission())
                .map(claim -> ResponseEntity.accepted().location(URI.create("/claims/" + claim.id()))
                        .body(new ClaimAccepted(claim.id().toString(), claim.status().name())))
                .onErrorMap(ClaimRejected.class, rejected -> RequestRejectedException.unprocessable(
                        "Claim cannot be accepted", rejected.problems().stream()
                                .map(p -> new FieldProblem(p.field(), p.rule(), p.field() + ": " + p.message()))
                                .toList()));
    }

    @GetMapping("/claims/{claimId}")
    Mono<ClaimResponse> find(@PathVariable String claimId) {
        return parse(claimId)
                .flatMap(findClaim::find)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("claim", claimId)))
                .map(ClaimResponse::of);
    }

    /** 200 with the voided claim, also when it was voided already; 409 while the saga still adjudicates it. */
    @PostMapping("/claims/{claimId}/void")
    Mono<ClaimResponse> voidClaim(@PathVariable String claimId, @Valid @RequestBody VoidRequest request) {
        return parse(claimId)
                .flatMap(id -> voidClaim.voidClaim(id, request.reason()))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("claim", claimId)))
                .onErrorMap(ClaimTransitionRefused.class, refused -> stillAdjudicated(claimId, refused))
                .map(ClaimResponse::of);
    }

    private static Mono<UUID> parse(String claimId) {
        return Mono.fromCallable(() -> UUID.fromString(claimId))
                .onErrorMap(IllegalArgumentException.class, e -> new ResourceNotFoundException("claim", claimId));
    }

    private static RequestRejectedException stillAdjudicated(String claimId, ClaimTransitionRefused refused) {
        return new RequestRejectedException(HttpStatus.CONFLICT, "Claim cannot be voided", List.of(new FieldProblem(
                "status", "CS-07", "claim " + claimId + " is still being adjudicated (" + refused.from()
                        + "): only a PAID, PARTIALLY_PAID or DENIED claim can be voided")));
    }
}
