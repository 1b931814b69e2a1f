package org.medmassage.claims.web;

import java.util.List;
import org.medmassage.claims.application.ClaimNotDecided;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.http.HttpStatus;

/** The 409 of an explanation or remittance asked for while the saga still adjudicates the claim. */
final class NotDecidedYet {

    private NotDecidedYet() {
    }

    static RequestRejectedException problem(ClaimNotDecided undecided, String rule, String what) {
        return new RequestRejectedException(HttpStatus.CONFLICT, "Claim not decided yet", List.of(new FieldProblem(
                "status", rule, "claim " + undecided.claimId() + " is not decided yet (" + undecided.status()
                        + "): its " + what + " exists once it is PAID, PARTIALLY_PAID, DENIED or VOIDED")));
    }
}
