package org.medmassage.support.audit;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Records each authenticated request that touched a member's data, before its response is committed: if the audit
 * line cannot be written, the response fails rather than reveal data unrecorded. Runs after the security filters.
 */
public class AuditWebFilter implements WebFilter, Ordered {

    private final AuditTrail trail;

    public AuditWebFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return trail.begin(exchange)
                .map(entry -> {
                    exchange.getResponse().beforeCommit(() -> trail.append(entry, status(exchange)));
                    return entry;
                })
                .flatMap(entry -> chain.filter(exchange).contextWrite(context -> context.put(AuditEntry.class, entry))
                        .thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
                .then();
    }

    private static int status(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status == null ? 200 : status.value();
    }

    @Override
    public int getOrder() {
        // after Spring Security's WebFilterChainProxy (-100), whose context gives the caller
        return 0;
    }
}
