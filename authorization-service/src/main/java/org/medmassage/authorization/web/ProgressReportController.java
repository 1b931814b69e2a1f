package org.medmassage.authorization.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.medmassage.authorization.application.ProgressReportNotAwaitedException;
import org.medmassage.authorization.application.ProgressReportRefusedException;
import org.medmassage.authorization.application.ReceiveProgressReport;
import org.medmassage.authorization.decision.DenialReasons;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** MN-06: the progress report that lets an authorization waiting at its re-evaluation gate continue, or not. */
@RestController
class ProgressReportController {

    private final ReceiveProgressReport receiveProgressReport;
    private final Clock clock;

    ProgressReportController(ReceiveProgressReport receiveProgressReport, Clock clock) {
        this.receiveProgressReport = receiveProgressReport;
        this.clock = clock;
    }

    /**
     * 200 with the authorization re-decided; 404 unknown or not the caller's (its rendering provider's or its
     * referral's prescriber's), 409 not waiting for a report, 400 incomplete, 422 against a rule.
     */
    @PostMapping("/authorizations/{authorizationId}/progress-report")
    Mono<AuthorizationResponse> report(Caller caller, @PathVariable String authorizationId,
                                       @Valid @RequestBody ProgressReportBody body) {
        return receiveProgressReport.reportersOf(authorizationId)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("authorization", authorizationId)))
                .flatMap(may -> MemberData.reveal(caller, "authorization", authorizationId, may, may.memberId(),
                        may.providerNpi(), may.prescriberNpi()))
                // reading it is not enough: only the rendering provider or the prescriber reports (staff and the
                // member may read the authorization, and a token may carry a provider and a member role at once)
                .filter(may -> reports(caller, may.providerNpi()) || reports(caller, may.prescriberNpi()))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("authorization", authorizationId)))
                .then(Mono.defer(() -> receiveProgressReport.receive(authorizationId,
                        body.toReport(caller.subject() != null ? caller.subject() : caller.npi().orElse(null)))))
                .map(view -> AuthorizationResponse.of(view, clock.instant()))
                .onErrorMap(ProgressReportNotAwaitedException.class, e -> new RequestRejectedException(
                        HttpStatus.CONFLICT, "Authorization waits for no progress report",
                        List.of(new FieldProblem("status", DenialReasons.RE_EVALUATION_DUE, e.getMessage()))))
                .onErrorMap(ProgressReportRefusedException.class, e -> RequestRejectedException.unprocessable(
                        "Progress report cannot be recorded", e.problems()));
    }

    private static boolean reports(Caller caller, String npi) {
        return npi != null && caller.hasNpi(npi);
    }
}
