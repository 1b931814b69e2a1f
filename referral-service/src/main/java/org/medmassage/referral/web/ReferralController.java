package org.medmassage.referral.web;

import java.net.URI;
import org.medmassage.referral.application.ReadReferrals;
import org.medmassage.referral.application.RecordReferral;
import org.medmassage.referral.application.ReferralRejectedException;
import org.medmassage.support.web.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Referral intake and reads. An incomplete referral is a 400, a complete one that breaks a rule a 422; both list
 * every problem with its field and rulebook ID.
 */
@RestController
class ReferralController {

    private final RecordReferral recordReferral;
    private final ReadReferrals readReferrals;

    ReferralController(RecordReferral recordReferral, ReadReferrals readReferrals) {
        this.recordReferral = recordReferral;
        this.readReferrals = readReferrals;
    }

    @PostMapping("/referrals")
    Mono<ResponseEntity<ReferralResponse>> record(@RequestBody ReferralRequest request) {
        return recordReferral.record(request.toSubmission())
                .map(referral -> ResponseEntity.created(URI.create("/referrals/" + referral.id().value()))
                        .body(ReferralResponse.of(referral)))
                .onErrorMap(ReferralRejectedException.class, ReferralController::toProblem);
    }

    @GetMapping("/referrals/{referralId}")
    Mono<ReferralResponse> byId(@PathVariable String referralId) {
        return readReferrals.byId(referralId)
                .map(ReferralResponse::of)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("referral", referralId)));
    }

    @GetMapping("/members/{memberId}/referrals")
    Flux<ReferralResponse> ofMember(@PathVariable String memberId) {
        return readReferrals.ofMember(memberId).map(ReferralResponse::of);
    }

    private static RequestRejectedException toProblem(ReferralRejectedException rejected) {
        var problems = rejected.problems().stream()
                .map(problem -> new FieldProblem(problem.field(), problem.rule(), problem.message()))
                .toList();
        return rejected.incomplete()
                ? RequestRejectedException.badRequest("Referral is incomplete", problems)
                : RequestRejectedException.unprocessable("Referral cannot be recorded", problems);
    }
}
