package org.medmassage.support.security;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** RFC 9457 bodies for what the security filters refuse before any controller runs (401, 403, 503). */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** 401 with the RFC 6750 challenge; the detail says what was wrong with the token, never the token itself. */
    static Mono<Void> unauthorized(ServerWebExchange exchange, String error, String detail) {
        String challenge = error == null ? "Bearer" : "Bearer error=\"" + error + "\", error_description=\""
                + headerSafe(detail) + "\"";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }

    /** RFC 6750: printable ASCII without {@code "} and {@code \}; the detail may quote the token's own header. */
    private static String headerSafe(String detail) {
        String safe = detail.chars().filter(c -> c >= 0x20 && c <= 0x7e && c != '"' && c != '\\')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return safe.length() > 200 ? safe.substring(0, 200) : safe;
    }

    static Mono<Void> forbidden(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.FORBIDDEN, "Forbidden",
                "The token's roles do not allow this request (or not for this member or provider).");
    }

    /** The issuer's keys could not be fetched: nothing was done, the same request can be sent again. */
    static Mono<Void> issuerUnavailable(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
                "The token could not be checked: the issuer's keys are unreachable right now. Retry in a few seconds.");
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status.value()
                + ",\"detail\":" + json(detail) + ",\"instance\":" + json(exchange.getRequest().getPath().value()) + "}";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
