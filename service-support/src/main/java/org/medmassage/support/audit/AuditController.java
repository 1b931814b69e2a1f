package org.medmassage.support.audit;

import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** {@code GET /audit?memberId=…}: a member's audit trail in this service, newest first, for {@code ops}. */
@RestController
public class AuditController {

    public static final String PATH = "/audit";
    private static final int MAX_LIMIT = 1000;

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping(PATH)
    Flux<AuditRecord> trail(@RequestParam String memberId, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Flux.error(RequestRejectedException.badRequest("Invalid query", List.of(
                    new FieldProblem("limit", "Range", "limit must be between 1 and " + MAX_LIMIT))));
        }
        return trail.of(memberId, limit);
    }
}
