package org.medmassage.claims.web;

import java.util.List;
import org.medmassage.claims.application.ListPendedClaims;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.security.MemberData;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /claims?status=PENDED}: the claims whose saga waits on an answer that is late or could not be used, with
 * the step and the reason, longest pended first; X-Total-Count says how many in all. For the payer's staff.
 */
@RestController
class PendedClaimsController {

    static final int MAX_PAGE_SIZE = 100;

    private final ListPendedClaims listPendedClaims;

    PendedClaimsController(ListPendedClaims listPendedClaims) {
        this.listPendedClaims = listPendedClaims;
    }

    @GetMapping("/claims")
    Mono<ResponseEntity<List<ClaimResponse>>> pended(@RequestParam(required = false) String status,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "20") int size) {
        if (!"PENDED".equals(status)) {
            return Mono.error(invalid("status", "Readable",
                    "status=PENDED is the one listing of claims (others are read one by one at /claims/{id})"));
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(invalid(page < 0 ? "page" : "size", "Range",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE));
        }
        return listPendedClaims.page(page, size)
                .flatMap(found -> MemberData.listed(found.claims().stream().map(claim -> claim.memberId()).toList())
                        .thenReturn(found))
                .map(found -> ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(found.total()))
                .body(found.claims().stream().map(ClaimResponse::of).toList()));
    }

    private static RequestRejectedException invalid(String field, String rule, String message) {
        return RequestRejectedException.badRequest("Invalid query", List.of(new FieldProblem(field, rule, message)));
    }
}
