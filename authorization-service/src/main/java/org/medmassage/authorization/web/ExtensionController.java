package org.medmassage.authorization.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.medmassage.authorization.application.ExtendAuthorization;
import org.medmassage.authorization.application.ExtensionNotAllowedException;
import org.medmassage.authorization.application.ExtensionRefusedException;
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

/** PA-06: a provider asks to extend its certified authorization; the rules of a request decide it (decision 0065). */
@RestController
class ExtensionController {

    private final ExtendAuthorization extendAuthorization;
    private final Clock clock;

    ExtensionController(ExtendAuthorization extendAuthorization, Clock clock) {
        this.extendAuthorization = extendAuthorization;
        this.clock = clock;
    }

    /**
     * 200 with the authorization re-decided (an extension not granted leaves it as it was, its reason saying why);
     * 404 unknown or not the caller's (its rendering provider's), 409 not certified or waiting for a progress report,
     * 400 without a reason, 422 asking for nothing more.
     */
    @PostMapping("/authorizations/{authorizationId}/extension")
    Mono<AuthorizationResponse> extend(Caller caller, @PathVariable String authorizationId,
                                       @Valid @RequestBody ExtensionBody body) {
        return extendAuthorization.ownersOf(authorizationId)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("authorization", authorizationId)))
                .flatMap(owners -> MemberData.reveal(caller, "authorization", authorizationId, owners,
                        owners.memberId(), owners.providerNpi()))
                .then(Mono.defer(() -> extendAuthorization.extend(authorizationId, body.toExtension(clock.instant()))))
                .map(view -> AuthorizationResponse.of(view, clock.instant()))
                .onErrorMap(ExtensionNotAllowedException.class, e -> new RequestRejectedException(
                        HttpStatus.CONFLICT, "Authorization cannot be extended",
                        List.of(new FieldProblem("status", e.rule(), e.getMessage()))))
                .onErrorMap(ExtensionRefusedException.class, e -> RequestRejectedException.unprocessable(
                        "Extension cannot be decided", e.problems()));
    }
}
