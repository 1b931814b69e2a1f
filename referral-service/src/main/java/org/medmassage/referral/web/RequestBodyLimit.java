package org.medmassage.referral.web;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/**
 * A body larger than {@code spring.codec.max-in-memory-size} fails decoding with DataBufferLimitException. The shared
 * advice already answers it 413 problem+json, but without {@code errors}; this adds the field-level problem every other
 * refusal of this service carries, so a client handles all of them the same way.
 */
final class RequestBodyLimit {

    private RequestBodyLimit() {
    }

    static <T> Mono<T> guard(Mono<T> body) {
        return body.onErrorMap(RequestBodyLimit::isOverLimit, e -> new RequestRejectedException(
                HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                List.of(new FieldProblem("body", "Size", "the request body is larger than this service accepts"))));
    }

    private static boolean isOverLimit(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataBufferLimitException) {
                return true;
            }
        }
        return false;
    }
}
