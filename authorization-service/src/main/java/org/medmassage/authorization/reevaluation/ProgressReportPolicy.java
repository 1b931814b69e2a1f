package org.medmassage.authorization.reevaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationPolicy;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.authorization.decision.Decision;
import org.medmassage.authorization.decision.DenialReasons;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * MN-06 / MN-09: a progress report on an authorization waiting at its gate. Measurable improvement certifies the next
 * block, decided by the same rules as the request (the referral's sessions and window, MN-04, MN-05) and cut at the
 * same gate; a plateau denies every further visit as maintenance care (MN-09). What was certified stays certified.
 */
public final class ProgressReportPolicy {

    private final AuthorizationPolicy rules;

    public ProgressReportPolicy(AuthorizationPolicy rules) {
        this.rules = rules;
    }

    public sealed interface Result {
        record Decided(ApprovedAuthorization authorization, ReEvaluation reEvaluation) implements Result {
        }

        record Refused(List<FieldProblem> problems) implements Result {
            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }

    /**
     * @param sessionsCertifiedByOthers visits the referral's other authorizations hold (MN-05)
     */
    public Result decide(ApprovedAuthorization authorization, ReEvaluation reEvaluation, ProgressReport report,
            Optional<KnownReferral> referral, int sessionsCertifiedByOthers, LocalDate today, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (report.reportedOn().isAfter(today)) {
            problems.add(new FieldProblem("reportedOn", DenialReasons.RE_EVALUATION_DUE, "a progress report is of a "
                    + "re-evaluation that took place: " + report.reportedOn() + " is after today (" + today + ")"));
        }
        if (report.reportedOn().isBefore(authorization.window().from())) {
            problems.add(new FieldProblem("reportedOn", DenialReasons.RE_EVALUATION_DUE, "a progress report re-evaluates"
                    + " the care of this authorization: " + report.reportedOn() + " is before its first day, "
                    + authorization.window().from()));
        }
        if (!problems.isEmpty()) {
            return new Result.Refused(problems);
        }
        if (report.improvement() == Improvement.PLATEAU) {
            return restDenied(authorization, reEvaluation, DenialReasons.MAINTENANCE_CARE, "no further visit is "
                    + "certified: maintenance care is not medically necessary, the progress report of "
                    + report.reportedOn() + " shows no further measurable gains", now);
        }
        Decision allowed = rules.decide(authorization.request(), referral, sessionsCertifiedByOthers);
        if (allowed instanceof Decision.Denied denied) {
            return restDenied(authorization, reEvaluation, denied.reasonCode(), "no further visit is certified: "
                    + denied.reason(), now);
        }
        if (allowed instanceof Decision.Pended pended) {
            return new Result.Refused(List.of(new FieldProblem("improvement", DenialReasons.NO_REFERRAL,
                    "the next block is certified against the referral, which is not known: " + pended.reason())));
        }
        return nextBlock(authorization, reEvaluation, reEvaluation.gate().clamp(allowed, authorization.approvedVisits(),
                report.reportedOn()), now);
    }

    // never less than was certified before: visits may have been used on it
    private static Result nextBlock(ApprovedAuthorization before, ReEvaluation reEvaluation,
            ReEvaluationGate.Gated gated, Instant now) {
        boolean total = gated.decision() instanceof Decision.Approved;
        int visits = total ? ((Decision.Approved) gated.decision()).visits()
                : ((Decision.PartiallyApproved) gated.decision()).visits();
        DateWindow window = total ? ((Decision.Approved) gated.decision()).window()
                : ((Decision.PartiallyApproved) gated.decision()).window();
        List<String> codes = total ? ((Decision.Approved) gated.decision()).procedureCodes()
                : ((Decision.PartiallyApproved) gated.decision()).procedureCodes();
        DateWindow kept = DateWindow.of(before.window().from(),
                window.to().isAfter(before.window().to()) ? window.to() : before.window().to());
        ApprovedAuthorization after = new ApprovedAuthorization(before.id(), before.number(), before.request(),
                before.dueAt(), total ? AuthorizationStatus.APPROVED : AuthorizationStatus.PARTIALLY_APPROVED,
                Math.max(visits, before.approvedVisits()), codes, kept,
                total ? null : ((Decision.PartiallyApproved) gated.decision()).reason(), now, before.review());
        ReEvaluation next = gated.awaitsReport() ? ReEvaluation.awaiting(before.id(), reEvaluation.gate())
                : new ReEvaluation(before.id(), reEvaluation.gate(), ReEvaluation.Status.CONTINUED, null, null);
        return new Result.Decided(after, next);
    }

    private static Result restDenied(ApprovedAuthorization before, ReEvaluation reEvaluation, String code,
            String why, Instant now) {
        String reason = before.approvedVisits() + " of " + before.request().requestedVisits() + " visits: " + why
                + " (" + code + ")";
        ApprovedAuthorization after = new ApprovedAuthorization(before.id(), before.number(), before.request(),
                before.dueAt(), AuthorizationStatus.PARTIALLY_APPROVED, before.approvedVisits(),
                before.procedureCodes(), before.window(), reason, now, before.review());
        return new Result.Decided(after, new ReEvaluation(before.id(), reEvaluation.gate(),
                ReEvaluation.Status.REST_DENIED, code, reason));
    }
}
