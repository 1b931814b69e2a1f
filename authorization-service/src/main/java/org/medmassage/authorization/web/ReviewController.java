package org.medmassage.authorization.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medmassage.authorization.application.AuthorizationNotPendedException;
import org.medmassage.authorization.application.DecideOnReview;
import org.medmassage.authorization.application.ReviewQueue;
import org.medmassage.authorization.application.ReviewRefusedException;
import org.medmassage.authorization.time.PayerCalendar;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The utilization-management desk (issue 14): the queue of pended requests and a reviewer's decision on one. */
@RestController
class ReviewController {

    static final int MAX_PAGE_SIZE = 100;

    private final ReviewQueue reviewQueue;
    private final DecideOnReview decideOnReview;
    private final VisibleAuthorizations visibleAuthorizations;
    private final PayerCalendar calendar;
    private final Clock clock;

    ReviewController(ReviewQueue reviewQueue, DecideOnReview decideOnReview,
                     VisibleAuthorizations visibleAuthorizations, PayerCalendar calendar, Clock clock) {
        this.reviewQueue = reviewQueue;
        this.decideOnReview = decideOnReview;
        this.visibleAuthorizations = visibleAuthorizations;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * A page of pended requests, oldest decision deadline first, as a JSON array; X-Total-Count says how many match in
     * all. {@code dueBefore} is an instant, or a date meaning its first moment on the payer's calendar (decision 0062);
     * only status PENDED is listed. Each shows {@code dueAt} and whether it is {@code breached}.
     */
    @GetMapping("/authorizations")
    Mono<ResponseEntity<List<AuthorizationResponse>>> queue(@RequestParam(required = false) String status,
                                                            @RequestParam(required = false) String dueBefore,
                                                            @RequestParam(defaultValue = "0") int page,
                                                            @RequestParam(defaultValue = "20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        checkStatus(status, problems);
        Optional<Instant> due = parseDueBefore(dueBefore, calendar, problems);
        checkPaging(page, size, problems);
        if (!problems.isEmpty()) {
            return Mono.error(RequestRejectedException.badRequest("Invalid query", problems));
        }
        return reviewQueue.pended(due, page, size)
                // each member in the queue gets an audit line: the reviewer read their request
                .flatMap(found -> MemberData.listed(found.authorizations().stream()
                        .map(view -> view.authorization().request().memberId()).toList()).thenReturn(found))
                .map(found -> ResponseEntity.ok()
                        .header("X-Total-Count", Long.toString(found.total()))
                        .body(found.authorizations().stream()
                                .map(view -> AuthorizationResponse.of(view, clock.instant())).toList()));
    }

    /** 200 with the decided authorization; 404 unknown, 409 not pended, 400 incomplete, 422 against a rule. */
    @PostMapping("/authorizations/{authorizationId}/decision")
    Mono<AuthorizationResponse> decide(Caller caller, @PathVariable String authorizationId,
                                       @Valid @RequestBody ReviewerDecisionBody body) {
        if (caller.subject() == null || caller.subject().isBlank()) {
            return Mono.error(new AccessDeniedException("a decision records who made it: the token names no subject"));
        }
        // names the member to the audit trail, and answers 404 for an authorization that does not exist
        return visibleAuthorizations.find(caller, authorizationId)
                .then(Mono.defer(() -> decideOnReview.decide(authorizationId, body.toDecision(), caller.subject())))
                .map(view -> AuthorizationResponse.of(view, clock.instant()))
                .onErrorMap(AuthorizationNotPendedException.class, e -> new RequestRejectedException(
                        HttpStatus.CONFLICT, "Authorization is not pended",
                        List.of(new FieldProblem("status", "A4", e.getMessage()))))
                .onErrorMap(ReviewRefusedException.class, e -> e.incomplete()
                        ? RequestRejectedException.badRequest("Decision is incomplete", e.problems())
                        : RequestRejectedException.unprocessable("Decision cannot be recorded", e.problems()));
    }

    private static void checkStatus(String status, List<FieldProblem> problems) {
        if (status == null || !status.strip().toUpperCase(Locale.ROOT).equals("PENDED")) {
            problems.add(new FieldProblem("status", "Readable", "status=PENDED is required: the review queue lists "
                    + "pended requests only" + (status == null ? "" : ", not '" + status + "'")));
        }
    }

    private static Optional<Instant> parseDueBefore(String dueBefore, PayerCalendar calendar,
                                                    List<FieldProblem> problems) {
        if (dueBefore == null || dueBefore.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(dueBefore.contains("T") ? Instant.parse(dueBefore.strip())
                    : calendar.startOf(LocalDate.parse(dueBefore.strip())));
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("dueBefore", "Readable", "dueBefore is an ISO-8601 instant "
                    + "(2026-03-10T12:00:00Z) or date (2026-03-10), not '" + dueBefore + "'"));
            return Optional.empty();
        }
    }

    private static void checkPaging(int page, int size, List<FieldProblem> problems) {
        if (page < 0) {
            problems.add(new FieldProblem("page", "Min", "page starts at 0, was " + page));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "Size", "size is 1 to " + MAX_PAGE_SIZE + ", was " + size));
        }
    }
}
