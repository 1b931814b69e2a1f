package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.REFERRAL;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.request;
import static org.medmassage.authorization.Fixtures.storyReferral;
import static org.medmassage.authorization.decision.ReviewerDecision.Outcome.APPROVE;
import static org.medmassage.authorization.decision.ReviewerDecision.Outcome.DENY;
import static org.medmassage.authorization.decision.ReviewerDecision.Outcome.PARTIALLY_APPROVE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.codesets.problem.FieldProblem;

class ReviewerDecisionPolicyTest {

    private static final LocalDate MAR_02 = LocalDate.parse("2026-03-02");
    private static final LocalDate APR_06 = LocalDate.parse("2026-04-06");
    private static final LocalDate APR_12 = LocalDate.parse("2026-04-12");
    private static final String WHY = "clinical notes reviewed";
    private static final Optional<KnownReferral> STORY = Optional.of(storyReferral());
    private static final Optional<KnownReferral> UNKNOWN = Optional.empty();
    private static final Optional<KnownReferral> REVOKED = Optional.of(
            new KnownReferral(REFERRAL, "M-1001", MASSAGE_CODES, 12, SIX_WEEKS, "written in error"));

    private final ReviewerDecisionPolicy policy = new ReviewerDecisionPolicy(new AuthorizationPolicy());

    /** Rows: requested visits and start, the referral, sessions already held, the review ⇒ the decision recorded. */
    static Stream<Arguments> decided() {
        return Stream.of(
                Arguments.of("A1: approving what the referral allows certifies it all", 12, MAR_02, STORY, 0,
                        review(APPROVE, null), new Decision.Approved(12, MASSAGE_CODES, SIX_WEEKS)),
                Arguments.of("MN-05: approving a 13th session is clamped as an automatic approval ⇒ A2 for 12", 13,
                        MAR_02, STORY, 0, review(APPROVE, null), new Decision.PartiallyApproved(12, MASSAGE_CODES,
                                SIX_WEEKS, "12 of 13 visits: referral R-1 orders 12 sessions")),
                Arguments.of("A2: the reviewer's visits, with the reviewer's reason", 12, MAR_02, STORY, 0,
                        review(PARTIALLY_APPROVE, 6), new Decision.PartiallyApproved(6, MASSAGE_CODES, SIX_WEEKS, WHY)),
                Arguments.of("MN-05 across authorizations: 10 asked, 4 sessions left ⇒ 4", 12, MAR_02, STORY, 8,
                        review(PARTIALLY_APPROVE, 10), new Decision.PartiallyApproved(4, MASSAGE_CODES, SIX_WEEKS,
                                WHY + "; 4 of 12 visits: 4 of the 12 sessions of referral R-1 are left")),
                Arguments.of("MN-04: 10 asked, 7 days left in the window ⇒ 7", 12, APR_06, STORY, 0,
                        review(PARTIALLY_APPROVE, 10), new Decision.PartiallyApproved(7, MASSAGE_CODES,
                                DateWindow.of(APR_06, APR_12),
                                WHY + "; 7 of 12 visits: only 7 days remain in the window of referral R-1")),
                Arguments.of("A3: a denial with its coded specific reason", 12, MAR_02, STORY, 0,
                        denial("MN-09", " plateaued since January "),
                        new Decision.Denied("MN-09", "plateaued since January")),
                Arguments.of("A3: a request whose referral never came may be denied", 12, MAR_02, UNKNOWN, 0,
                        denial("MN-01", "no referral on file"), new Decision.Denied("MN-01", "no referral on file")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decided")
    void records_a_reviewers_decision_bounded_by_the_referral(String behaviour, int requested, LocalDate start,
            Optional<KnownReferral> referral, int alreadyAuthorized, ReviewerDecision review, Decision expected) {
        ReviewerDecisionPolicy.Result result = policy.decide(request(MASSAGE_CODES, requested, start), review, referral,
                alreadyAuthorized);

        assertThat(result).isEqualTo(new ReviewerDecisionPolicy.Result.Decided(expected));
    }

    /** Rows: the review, the referral ⇒ refused as incomplete (400) or against a rule (422), naming field and rule. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("no reason", new ReviewerDecision(APPROVE, null, null, null, null), STORY, true,
                        List.of("reason NotBlank")),
                Arguments.of("a blank reason", new ReviewerDecision(DENY, null, "  ", "MN-09", "plateaued"), STORY,
                        true, List.of("reason NotBlank")),
                Arguments.of("no outcome", new ReviewerDecision(null, null, WHY, null, null), STORY, true,
                        List.of("outcome NotNull")),
                Arguments.of("CMS-0057-F: a denial without its specific reason, nor a reason of the reviewer's",
                        new ReviewerDecision(DENY, null, null, null, null), STORY, true,
                        List.of("reason NotBlank", "denialReason.code CMS-0057-F", "denialReason.text CMS-0057-F")),
                Arguments.of("A2 without the visits it certifies", review(PARTIALLY_APPROVE, null), STORY, true,
                        List.of("approvedVisits A2")),
                Arguments.of("CMS-0057-F: a denial code that is no reason", denial("XX", "no"), STORY, false,
                        List.of("denialReason.code CMS-0057-F")),
                Arguments.of("A2 for all the visits requested", review(PARTIALLY_APPROVE, 12), STORY, false,
                        List.of("approvedVisits A2")),
                Arguments.of("A2 for no visit", review(PARTIALLY_APPROVE, 0), STORY, false,
                        List.of("approvedVisits A2")),
                Arguments.of("A1 naming visits", review(APPROVE, 6), STORY, false, List.of("approvedVisits A2")),
                Arguments.of("A1 with a denial reason", new ReviewerDecision(APPROVE, null, WHY, "MN-09", "no"), STORY,
                        false, List.of("denialReason A3")),
                Arguments.of("MN-01: approving against a referral that has not arrived", review(APPROVE, null), UNKNOWN,
                        false, List.of("outcome MN-01")),
                Arguments.of("MN-01: approving against a revoked referral", review(PARTIALLY_APPROVE, 6), REVOKED,
                        false, List.of("outcome MN-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses_a_decision_that_is_incomplete_or_breaks_a_rule(String behaviour, ReviewerDecision review,
            Optional<KnownReferral> referral, boolean incomplete, List<String> fieldsAndRules) {
        ReviewerDecisionPolicy.Result result = policy.decide(request(MASSAGE_CODES, 12, MAR_02), review, referral, 0);

        assertThat(result).isInstanceOf(ReviewerDecisionPolicy.Result.Refused.class);
        ReviewerDecisionPolicy.Result.Refused refused = (ReviewerDecisionPolicy.Result.Refused) result;
        assertThat(refused.incomplete()).isEqualTo(incomplete);
        assertThat(refused.problems()).extracting(problem -> problem.field() + " " + problem.rule())
                .containsExactlyElementsOf(fieldsAndRules);
        assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
    }

    @Test
    void approving_a_request_that_starts_after_its_referral_ends_is_refused_with_the_rules_reason_MN_04() {
        ReviewerDecisionPolicy.Result result = policy.decide(request(MASSAGE_CODES, 12, APR_12.plusDays(1)),
                review(APPROVE, null), STORY, 0);

        assertThat(result).isEqualTo(new ReviewerDecisionPolicy.Result.Refused(false, List.of(new FieldProblem(
                "outcome", "MN-04", "start date 2026-04-13 is after referral R-1 ends on 2026-04-12: it can only be "
                        + "denied"))));
    }

    @Test
    void a_reviewers_decision_keeps_the_request_its_number_and_deadline_and_names_the_reviewer() {
        PendedAuthorization pended = new PendedAuthorization(AuthorizationId.random(),
                new AuthorizationNumber("A20260302-7KQ4M9XZ"), request(MASSAGE_CODES, 12, MAR_02),
                Instant.parse("2026-03-17T09:00:00Z"), "referral R-1 has not been received yet");
        Instant decidedAt = Instant.parse("2026-03-05T14:00:00Z");

        Authorization denied = pended.decideOnReview(new Decision.Denied("MN-09", "plateaued"),
                new Review("reviewer:ann", WHY), decidedAt);

        assertThat(denied).isEqualTo(new DeniedAuthorization(pended.id(), pended.number(), pended.request(),
                pended.dueAt(), "MN-09", "plateaued", decidedAt, new Review("reviewer:ann", WHY)));
        assertThat(denied.status().x12Code()).isEqualTo("A3");
    }

    private static ReviewerDecision review(ReviewerDecision.Outcome outcome, Integer visits) {
        return new ReviewerDecision(outcome, visits, WHY, null, null);
    }

    private static ReviewerDecision denial(String code, String text) {
        return new ReviewerDecision(DENY, null, WHY, code, text);
    }
}
