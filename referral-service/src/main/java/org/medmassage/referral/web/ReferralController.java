package org.medmassage.referral.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.referral.application.ReadReferrals;
import org.medmassage.referral.application.RecordReferral;
import org.medmassage.referral.application.ReferralRejectedException;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Referral intake and reads. An incomplete referral is a 400, a complete one that breaks a rule a 422; both list
 * every problem with its field and rulebook ID. A body over the codec limit is a 413 (RequestBodyLimit).
 */
@RestController
class ReferralController {

    static final int MAX_PAGE_SIZE = 100;

    private final RecordReferral recordReferral;
    private final ReadReferrals readReferrals;
    private final VisibleReferrals visibleReferrals;

    ReferralController(RecordReferral recordReferral, ReadReferrals readReferrals, VisibleReferrals visibleReferrals) {
        this.recordReferral = recordReferral;
        this.readReferrals = readReferrals;
        this.visibleReferrals = visibleReferrals;
    }

    // The body is a Mono so that a body over spring.codec.max-in-memory-size reaches this method as an error to map.
    @PostMapping("/referrals")
    Mono<ResponseEntity<ReferralResponse>> record(Caller caller,
                                                  @RequestBody(required = false) Mono<ReferralRequest> body) {
        return RequestBodyLimit.guard(body)
                .switchIfEmpty(Mono.error(() -> RequestRejectedException.badRequest("Referral is incomplete",
                        List.of(new FieldProblem("body", "MN-02", "a referral is required as a JSON body")))))
                // a prescriber signs only its own referrals; without an NPI the validation's 400 says what is missing
                .flatMap(request -> request.prescriberNpi() == null ? Mono.just(request)
                        : MemberData.actingFor(caller, request.memberId(), request.prescriberNpi()).thenReturn(request))
                .flatMap(request -> recordReferral.record(request.toSubmission()))
                .map(recorded -> ResponseEntity.created(URI.create("/referrals/" + recorded.referral().id().value()))
                        .body(ReferralResponse.of(recorded.referral(), recorded.warnings())))
                .onErrorMap(ReferralRejectedException.class, ReferralController::toProblem);
    }

    @GetMapping("/referrals/{referralId}")
    Mono<ReferralResponse> byId(Caller caller, @PathVariable String referralId) {
        return visibleReferrals.find(caller, referralId).map(ReferralResponse::of);
    }

    /** A page of the member's referrals, oldest first, as a JSON array; X-Total-Count says how many match in all. */
    @GetMapping("/members/{memberId}/referrals")
    Mono<ResponseEntity<List<ReferralResponse>>> ofMember(@PathVariable String memberId,
                                                          @RequestParam(required = false) String status,
                                                          @RequestParam(defaultValue = "0") int page,
                                                          @RequestParam(defaultValue = "20") int size) {
        Optional<ReferralStatus> wanted = parseStatus(status);
        checkPaging(page, size);
        return readReferrals.ofMember(memberId, wanted, page, size)
                .map(found -> ResponseEntity.ok()
                        .header("X-Total-Count", Long.toString(found.total()))
                        .body(found.referrals().stream().map(ReferralResponse::of).toList()));
    }

    private static Optional<ReferralStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReferralStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw RequestRejectedException.badRequest("Invalid query", List.of(new FieldProblem("status", "Readable",
                    "status is one of ACTIVE, EXPIRED, REVOKED, not '" + status + "'")));
        }
    }

    private static void checkPaging(int page, int size) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "Min", "page starts at 0, was " + page));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "Size", "size is 1 to " + MAX_PAGE_SIZE + ", was " + size));
        }
        if (!problems.isEmpty()) {
            throw RequestRejectedException.badRequest("Invalid query", problems);
        }
    }

    private static RequestRejectedException toProblem(ReferralRejectedException rejected) {
        return rejected.incomplete()
                ? RequestRejectedException.badRequest("Referral is incomplete", rejected.problems())
                : RequestRejectedException.unprocessable("Referral cannot be recorded", rejected.problems());
    }
}
