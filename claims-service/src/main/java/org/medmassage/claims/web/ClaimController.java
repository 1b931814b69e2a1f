package org.medmassage.claims.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.medmassage.claims.application.ClaimRejected;
import org.medmassage.claims.application.FindClaim;
import org.medmassage.claims.application.SubmitClaim;
import org.medmassage.support.web.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Claim intake (202: adjudication continues through the saga) and claim status with its remittance. */
@RestController
class ClaimController {

    private final SubmitClaim submitClaim;
    private final FindClaim findClaim;

    ClaimController(SubmitClaim submitClaim, FindClaim findClaim) {
        this.submitClaim = submitClaim;
        this.findClaim = findClaim;
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
        return Mono.fromCallable(() -> UUID.fromString(claimId))
                .onErrorMap(IllegalArgumentException.class, e -> new ResourceNotFoundException("claim", claimId))
                .flatMap(findClaim::find)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("claim", claimId)))
                .map(ClaimResponse::of);
    }
}
