package org.medmassage.authorization.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.medmassage.authorization.application.RequestAuthorization;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Prior-authorization requests and their decisions. */
@RestController
class AuthorizationController {

    private final RequestAuthorization requestAuthorization;
    private final VisibleAuthorizations visibleAuthorizations;
    private final Clock clock;

    AuthorizationController(RequestAuthorization requestAuthorization, VisibleAuthorizations visibleAuthorizations,
                            Clock clock) {
        this.requestAuthorization = requestAuthorization;
        this.visibleAuthorizations = visibleAuthorizations;
        this.clock = clock;
    }

    /** 201 whatever the decision: the request was received; its status says A1, A2, A3 or A4. */
    @PostMapping("/authorizations")
    Mono<ResponseEntity<AuthorizationResponse>> request(Caller caller, @Valid @RequestBody AuthorizationRequestBody body) {
        // a provider requests only under its own NPI: another NPI in the body is a 403, before anything is checked
        return MemberData.actingFor(caller, body.memberId(), body.providerNpi())
                .then(Mono.fromRunnable(body::rejectWhatCannotBeAuthorized))
                .then(Mono.defer(() -> requestAuthorization.request(body.toRequest(clock.instant()))))
                .map(view -> AuthorizationResponse.of(view, clock.instant()))
                .map(created -> ResponseEntity.created(URI.create("/authorizations/" + created.authorizationId()))
                        .body(created));
    }

    @GetMapping("/authorizations/{authorizationId}")
    Mono<AuthorizationResponse> get(Caller caller, @PathVariable String authorizationId) {
        return visibleAuthorizations.find(caller, authorizationId).map(view -> AuthorizationResponse.of(view, clock.instant()));
    }
}
