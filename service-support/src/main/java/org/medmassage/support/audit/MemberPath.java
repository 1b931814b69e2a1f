package org.medmassage.support.audit;

import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The member a {@code /members/{memberId}/…} path names, or the {@code /audit?memberId=} query: only there, so that a
 * {@code ?memberId=} added to any other request cannot write lines into a member's trail.
 */
final class MemberPath {

    private static final PathPattern MEMBER_PATHS = PathPatternParser.defaultInstance.parse("/members/{memberId}/**");

    private MemberPath() {
    }

    static Optional<String> memberId(ServerWebExchange exchange) {
        PathPattern.PathMatchInfo match = MEMBER_PATHS.matchAndExtract(exchange.getRequest().getPath().pathWithinApplication());
        if (match != null) {
            return Optional.ofNullable(match.getUriVariables().get("memberId"));
        }
        if (!AuditController.PATH.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(exchange.getRequest().getQueryParams().getFirst("memberId"));
    }
}
