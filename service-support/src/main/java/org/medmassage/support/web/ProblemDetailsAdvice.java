package org.medmassage.support.web;

import java.net.URI;
import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.messaging.Faults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;

/**
 * RFC 9457 problem details for every 4xx and 5xx a controller raises. Refusals carry {@code errors}: one
 * {@link FieldProblem} per field, so a caller can fix everything in one go. A 500 never leaks internals.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), describe(e.problems()));
        problem.setTitle(e.title());
        problem.setType(URI.create("https://medmassage.org/problems/" + slug(e.status())));
        problem.setProperty("errors", e.problems());
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** A controller's own ownership check (e.g. a provider billing under another NPI): nothing was changed. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (Faults.isTransient(e)) {
            return unavailable(e);
        }
        log.error("unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed; it has been logged. Nothing was changed unless a later read shows it.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    /**
     * The database or broker is down, slow or in a conflict that passes (a deadlock, a lock timeout): the unit of work
     * rolled back, so nothing was applied and the same request can simply be sent again.
     */
    private static ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("request refused for now, infrastructure fault: {}", Faults.unwrap(e).toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its database or broker right now; nothing was changed. Retry in a few "
                        + "seconds.");
        problem.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException e,
            org.springframework.http.HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<FieldProblem> problems = e.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getCode(),
                        error.getField() + " " + error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(problems));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException e,
            org.springframework.http.HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        FieldProblem unreadable = unreadableField(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable.message());
        problem.setTitle("Malformed request");
        problem.setProperty("errors", List.of(unreadable));
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    /** Names the JSON field Jackson could not read (wrong type, bad date, number out of range), or the parameter. */
    private static FieldProblem unreadableField(ServerWebInputException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException jackson && !jackson.getPath().isEmpty())) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException jackson) {
            String field = jsonPath(jackson);
            return new FieldProblem(field, "Readable", field + " " + (jackson instanceof InputCoercionException
                    ? "must be a number within range" : JsonExpectations.of(jackson)));
        }
        if (e.getCause() instanceof DecodingException) {
            return new FieldProblem("body", "Readable", "the request body is not valid JSON");
        }
        String parameter = e.getMethodParameter() == null ? "request" : e.getMethodParameter().getParameterName();
        return new FieldProblem(parameter, "Readable", parameter + " could not be read");
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(List<FieldProblem> problems) {
        return String.join("; ", problems.stream().map(FieldProblem::message).toList());
    }

    private static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase().replace(' ', '-');
    }
}
