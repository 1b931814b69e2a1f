package org.medmassage.authorization.web;

import org.medmassage.authorization.application.AuthorizationView;
import org.medmassage.authorization.application.ReadAuthorization;
import org.medmassage.authorization.decision.AuthorizationRequest;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An authorization as its member, the provider that requested it or the payer's staff may see it; a 404 to anyone
 * else (issue 12).
 */
@Component
class VisibleAuthorizations {

    private final ReadAuthorization readAuthorization;

    VisibleAuthorizations(ReadAuthorization readAuthorization) {
        this.readAuthorization = readAuthorization;
    }

    Mono<AuthorizationView> find(Caller caller, String authorizationId) {
        return readAuthorization.byId(authorizationId)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("authorization", authorizationId)))
                .flatMap(view -> {
                    AuthorizationRequest request = view.authorization().request();
                    return MemberData.reveal(caller, "authorization", authorizationId, view, request.memberId(),
                            request.providerNpi());
                });
    }
}
