package org.medmassage.support.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medmassage.codesets.problem.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses, before any controller, a path segment or query parameter that carries a control character (%00 …) or is
 * longer than {@value #MAX_SEGMENT}: a 400 problem naming "path" or the parameter, instead of a database error.
 */
public class PathAndQueryGuard implements WebFilter, Ordered {

    static final int MAX_SEGMENT = 200;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<FieldProblem> problem = problem(exchange);
        return problem.isPresent() ? refuse(exchange, problem.get()) : chain.filter(exchange);
    }

    private static Optional<FieldProblem> problem(ServerWebExchange exchange) {
        for (PathContainer.Element element : exchange.getRequest().getPath().pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                Optional<String> wrong = wrong(segment.valueToMatch());
                if (wrong.isPresent()) {
                    return Optional.of(new FieldProblem("path", "Readable", "a path segment " + wrong.get()));
                }
            }
        }
        for (Map.Entry<String, List<String>> parameter : exchange.getRequest().getQueryParams().entrySet()) {
            for (String value : parameter.getValue()) {
                Optional<String> wrong = wrong(parameter.getKey()).or(() -> wrong(value));
                if (wrong.isPresent()) {
                    return Optional.of(new FieldProblem(printable(parameter.getKey()), "Readable",
                            "query parameter " + printable(parameter.getKey()) + " " + wrong.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> wrong(String text) {
        if (text.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        return text.length() > MAX_SEGMENT ? Optional.of("must be at most " + MAX_SEGMENT + " characters long")
                : Optional.empty();
    }

    private static String printable(String name) {
        String visible = name.codePoints().filter(c -> !Character.isISOControl(c)).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, FieldProblem problem) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"about:blank\",\"title\":\"Malformed request\",\"status\":400,\"detail\":" + json(problem.message())
                + ",\"errors\":[{\"field\":" + json(problem.field()) + ",\"rule\":\"Readable\",\"message\":"
                + json(problem.message()) + "}]}";
        DataBuffer buffer = exchange.getResponse().bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return exchange.getResponse().writeWith(Mono.just(buffer));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
