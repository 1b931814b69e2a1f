package org.medmassage.support.security;

import java.util.Map;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/** Grants one {@link EndpointAccess.Rule}: a role of the rule, scoped by the path's {@code memberId} and {@code npi}. */
final class ScopedRoles implements ReactiveAuthorizationManager<AuthorizationContext> {

    private final EndpointAccess.Rule rule;

    ScopedRoles(EndpointAccess.Rule rule) {
        this.rule = rule;
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication.filter(Authentication::isAuthenticated)
                .ofType(JwtAuthenticationToken.class)
                .map(token -> (AuthorizationResult) new AuthorizationDecision(
                        grants(Caller.of(token.getToken()), context.getVariables())))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    boolean grants(Caller caller, Map<String, Object> variables) {
        return rule.effectiveRoles().stream().anyMatch(role -> caller.is(role) && inScope(caller, role, variables));
    }

    private static boolean inScope(Caller caller, Role role, Map<String, Object> variables) {
        return switch (role) {
            case MEMBER -> !variables.containsKey("memberId") || caller.isMember(String.valueOf(variables.get("memberId")));
            case PROVIDER, PRESCRIBER -> !variables.containsKey("npi") || caller.hasNpi(String.valueOf(variables.get("npi")));
            default -> true;
        };
    }
}
