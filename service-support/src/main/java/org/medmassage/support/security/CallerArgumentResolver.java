package org.medmassage.support.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Gives a controller method its {@link Caller}, from the request's validated token. */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        return exchange.getPrincipal().ofType(JwtAuthenticationToken.class)
                .map(token -> (Object) Caller.of(token.getToken()))
                // only reachable if an endpoint with a Caller were left open in the endpoint table
                .switchIfEmpty(Mono.error(new AccessDeniedException("no authenticated caller")));
    }
}
