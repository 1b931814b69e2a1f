package org.medmassage.referral.web;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.referral.application.RevokeReferral;
import org.medmassage.referral.prescription.ReferralNotActiveException;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** POST /referrals/{id}/revoke {reason}: an ACTIVE referral becomes REVOKED (409 when it is no longer ACTIVE). */
@RestController
class ReferralLifecycleController {

    static final int MAX_REASON = 500;

    private final RevokeReferral revokeReferral;
    private final VisibleReferrals visibleReferrals;

    ReferralLifecycleController(RevokeReferral revokeReferral, VisibleReferrals visibleReferrals) {
        this.revokeReferral = revokeReferral;
        this.visibleReferrals = visibleReferrals;
    }

    record RevokeRequest(String reason) {
    }

    @PostMapping("/referrals/{referralId}/revoke")
    Mono<ReferralResponse> revoke(Caller caller, @PathVariable String referralId,
                                  @RequestBody(required = false) Mono<RevokeRequest> body) {
        return visibleReferrals.find(caller, referralId).then(RequestBodyLimit.guard(body))
                .defaultIfEmpty(new RevokeRequest(null))
                .map(ReferralLifecycleController::reason)
                .flatMap(reason -> revokeReferral.revoke(referralId, reason))
                .map(ReferralResponse::of)
                .onErrorMap(ReferralNotActiveException.class, e -> conflict(e, "MN-04"));
    }

    // Patients see the reason (notification-service), so one is required and kept short.
    private static String reason(RevokeRequest request) {
        String reason = request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw RequestRejectedException.badRequest("Revocation needs a reason", List.of(new FieldProblem("reason",
                    reason.isEmpty() ? "NotBlank" : "Size", "reason is required, 1 to " + MAX_REASON + " characters")));
        }
        return reason;
    }

    /** 409: the referral's status forbids the step; {@code rule} is the one that makes the status final or required. */
    static RequestRejectedException conflict(ReferralNotActiveException e, String rule) {
        return new RequestRejectedException(HttpStatus.CONFLICT, "Referral is not active",
                List.of(new FieldProblem("status", rule, e.getMessage())));
    }
}
