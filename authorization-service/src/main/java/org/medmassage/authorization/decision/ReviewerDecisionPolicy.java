package org.medmassage.authorization.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.authorization.decision.ReviewerDecision.Outcome;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * A reviewer decides a pended request (§6.2): A1 or A2 never beyond what the rules would certify against the referral
 * (MN-01, MN-04, MN-05: its member, services, sessions and window, as {@link AuthorizationPolicy} clamps an automatic
 * approval), A3 only with a specific reason, coded and in plain words (CMS-0057-F, §6.3). Every decision says why.
 */
public final class ReviewerDecisionPolicy {

    private static final String A2 = "A2";
    private static final String SPECIFIC_REASON = "CMS-0057-F";

    private final AuthorizationPolicy rules;

    public ReviewerDecisionPolicy(AuthorizationPolicy rules) {
        this.rules = rules;
    }

    /** The decision to record, or every problem at once: missing fields (400) before broken rules (422). */
    public sealed interface Result {
        record Decided(Decision decision) implements Result {
        }

        record Refused(boolean incomplete, List<FieldProblem> problems) implements Result {
            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }

    /**
     * @param sessionsAlreadyAuthorized visits other authorizations already hold on the referral (MN-05)
     */
    public Result decide(AuthorizationRequest request, ReviewerDecision review, Optional<KnownReferral> referral,
            int sessionsAlreadyAuthorized) {
        List<FieldProblem> missing = missing(review);
        if (!missing.isEmpty()) {
            return new Result.Refused(true, missing);
        }
        List<FieldProblem> broken = broken(request, review);
        if (!broken.isEmpty()) {
            return new Result.Refused(false, broken);
        }
        if (review.outcome() == Outcome.DENY) {
            return new Result.Decided(new Decision.Denied(review.denialCode(), review.denialText().strip()));
        }
        if (referral.isEmpty()) {
            return refused("outcome", DenialReasons.NO_REFERRAL, "referral " + request.referralId()
                    + " has not reached authorization-service: a request is certified only against its referral; deny"
                    + " it, or leave it pended and the rules decide it when the referral arrives");
        }
        Decision allowed = rules.decide(request, referral, sessionsAlreadyAuthorized);
        if (allowed instanceof Decision.Denied denied) {
            return refused("outcome", denied.reasonCode(), denied.reason() + ": it can only be denied");
        }
        return new Result.Decided(review.outcome() == Outcome.APPROVE ? allowed : partial(review, allowed));
    }

    // A2: the reviewer's visits, cut further to what the rules allow; the reason is the reviewer's and the rules' cuts
    private static Decision partial(ReviewerDecision review, Decision allowed) {
        String reviewersReason = review.reason().strip();
        if (allowed instanceof Decision.PartiallyApproved cut) {
            return new Decision.PartiallyApproved(Math.min(review.approvedVisits(), cut.visits()), cut.procedureCodes(),
                    cut.window(), reviewersReason + "; " + cut.reason());
        }
        Decision.Approved all = (Decision.Approved) allowed;
        return new Decision.PartiallyApproved(Math.min(review.approvedVisits(), all.visits()), all.procedureCodes(),
                all.window(), reviewersReason);
    }

    private static List<FieldProblem> missing(ReviewerDecision review) {
        List<FieldProblem> problems = new ArrayList<>();
        if (review.outcome() == null) {
            problems.add(new FieldProblem("outcome", "NotNull",
                    "outcome is required: APPROVE, PARTIALLY_APPROVE or DENY"));
        }
        if (isBlank(review.reason())) {
            problems.add(new FieldProblem("reason", "NotBlank", "reason is required: a reviewer's decision says why"));
        }
        if (review.outcome() == Outcome.PARTIALLY_APPROVE && review.approvedVisits() == null) {
            problems.add(new FieldProblem("approvedVisits", A2, "a partial approval (A2) says how many visits it "
                    + "certifies"));
        }
        if (review.outcome() == Outcome.DENY && isBlank(review.denialCode())) {
            problems.add(new FieldProblem("denialReason.code", SPECIFIC_REASON, "a denial names its specific reason's "
                    + "code, one of " + DenialReasons.codes()));
        }
        if (review.outcome() == Outcome.DENY && isBlank(review.denialText())) {
            problems.add(new FieldProblem("denialReason.text", SPECIFIC_REASON, "a denial explains its specific reason"
                    + " in plain language"));
        }
        return problems;
    }

    private static List<FieldProblem> broken(AuthorizationRequest request, ReviewerDecision review) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean partial = review.outcome() == Outcome.PARTIALLY_APPROVE;
        if (!partial && review.approvedVisits() != null) {
            problems.add(new FieldProblem("approvedVisits", A2, "only a partial approval (PARTIALLY_APPROVE) names "
                    + "approvedVisits"));
        }
        if (partial && (review.approvedVisits() < 1 || review.approvedVisits() >= request.requestedVisits())) {
            problems.add(new FieldProblem("approvedVisits", A2, "a partial approval certifies 1 to "
                    + (request.requestedVisits() - 1) + " of the " + request.requestedVisits() + " visits requested, not "
                    + review.approvedVisits() + "; APPROVE certifies them all"));
        }
        if (review.outcome() != Outcome.DENY && (review.denialCode() != null || review.denialText() != null)) {
            problems.add(new FieldProblem("denialReason", "A3", "only a denial (DENY) carries a denialReason"));
        }
        if (review.outcome() == Outcome.DENY && !DenialReasons.isKnown(review.denialCode())) {
            problems.add(new FieldProblem("denialReason.code", SPECIFIC_REASON, "'" + review.denialCode()
                    + "' is not a denial reason code; one of " + DenialReasons.codes()));
        }
        return problems;
    }

    private static Result refused(String field, String rule, String message) {
        return new Result.Refused(false, List.of(new FieldProblem(field, rule, message)));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
