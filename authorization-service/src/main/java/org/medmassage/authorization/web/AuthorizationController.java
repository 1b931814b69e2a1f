package org.medmassage.authorization.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.medmassage.authorization.application.ReadAuthorization;
import org.medmassage.authorization.application.RequestAuthorization;
import org.medmassage.support.web.ResourceNotFoundException;
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
    private final ReadAuthorization readAuthorization;
    private final Clock clock;

    AuthorizationController(RequestAuthorization requestAuthorization, ReadAuthorization readAuthorization, Clock clock) {
        this.requestAuthorization = requestAuthorization;
        this.readAuthorization = readAuthorization;
        this.clock = clock;
    }

    /** 201 whatever the decision: the request was received; its status says A1, A2, A3 or A4. */
    @PostMapping("/authorizations")
    Mono<ResponseEntity<AuthorizationResponse>> request(@Valid @RequestBody AuthorizationRequestBody body) {
        body.rejectWhatCannotBeAuthorized();
        return requestAuthorization.request(body.toRequest(clock.instant()))
                .map(AuthorizationResponse::of)
                .map(created -> ResponseEntity.created(URI.create("/authorizations/" + created.authorizationId()))
                        .body(created));
    }

    @GetMapping("/authorizations/{authorizationId}")
    Mono<AuthorizationResponse> get(@PathVariable String authorizationId) {
        return readAuthorization.byId(authorizationId)
                .map(AuthorizationResponse::of)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("authorization", authorizationId)));
    }
}
