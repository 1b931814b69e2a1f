package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.storyReferral;
import static org.medmassage.authorization.Fixtures.storyRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.MemberPlan;
import org.medmassage.authorization.coverage.PlanYearVisits;
import org.medmassage.authorization.reevaluation.ReEvaluationGate;
import org.medmassage.authorization.time.DateWindow;

/** Issue 14 item 3, decision 0067: approvals that never promise what the plan will not pay. */
class PlanBenefitPolicyTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");
    private static final Decision STORY_APPROVAL = new Decision.Approved(12, MASSAGE_CODES, SIX_WEEKS);

    private final PlanBenefitPolicy policy = new PlanBenefitPolicy();

    @Test
    void approves_as_the_rules_did_when_the_plan_covers_everything_certified() {
        Decision decided = policy.clamp(STORY_APPROVAL, plan(List.of(gold(JAN_1, null, 20, MASSAGE_CODES)), 0, 0));

        assertThat(decided).isSameAs(STORY_APPROVAL);
    }

    @Test
    void a_member_whose_coverage_is_not_known_is_decided_on_the_referral_alone() {
        assertThat(policy.clamp(STORY_APPROVAL, MemberPlan.unknown())).isSameAs(STORY_APPROVAL);
    }

    @Test
    void denies_CS_01_when_the_member_has_no_coverage_on_the_first_day() {
        CoverageTerms ended = gold(JAN_1, LocalDate.parse("2026-02-28"), 20, MASSAGE_CODES);

        Decision decided = policy.clamp(STORY_APPROVAL, plan(List.of(ended), 0, 0));

        assertThat(decided).isEqualTo(new Decision.Denied("CS-01",
                "the member has no coverage from 2026-03-02 to 2026-04-12"));
    }

    @Test
    void starts_the_window_on_the_first_day_of_a_coverage_that_begins_inside_it_A2() {
        CoverageTerms fromMarch10 = gold(LocalDate.parse("2026-03-10"), null, 20, MASSAGE_CODES);

        Decision decided = policy.clamp(STORY_APPROVAL, plan(List.of(fromMarch10), 0, 0));

        assertThat(decided).isEqualTo(new Decision.PartiallyApproved(12, MASSAGE_CODES,
                DateWindow.of(LocalDate.parse("2026-03-10"), SIX_WEEKS.to()),
                "starts 2026-03-10 with the member's coverage under plan GOLD"));
    }

    @Test
    void denies_CS_01_when_the_plan_covers_none_of_the_codes() {
        CoverageTerms ptOnly = gold(JAN_1, null, 20, List.of("97110"));

        Decision decided = policy.clamp(STORY_APPROVAL, plan(List.of(ptOnly), 0, 0));

        assertThat(decided).isEqualTo(new Decision.Denied("CS-01", "plan GOLD does not cover 97124, 97140"));
    }

    @Test
    void certifies_only_the_codes_the_plan_covers_A2() {
        Decision decided = policy.clamp(STORY_APPROVAL, plan(List.of(gold(JAN_1, null, 20, List.of("97124"))), 0, 0));

        assertThat(decided).isEqualTo(new Decision.PartiallyApproved(12, List.of("97124"), SIX_WEEKS,
                "97140 not covered by plan GOLD"));
    }

    @Test
    void ends_the_window_with_the_coverage_and_the_visits_with_the_days_left_A2() {
        CoverageTerms endsMidMarch = gold(JAN_1, LocalDate.parse("2026-03-08"), 20, MASSAGE_CODES);

        Decision decided = policy.clamp(STORY_APPROVAL, plan(List.of(endsMidMarch), 0, 0));

        assertThat(decided).isEqualTo(new Decision.PartiallyApproved(7, MASSAGE_CODES,
                DateWindow.of(SIX_WEEKS.from(), LocalDate.parse("2026-03-08")),
                "ends 2026-03-08 with the member's coverage under plan GOLD"));
    }

    @Test
    void a_renewal_that_follows_without_a_gap_keeps_the_window_whole() {
        CoverageTerms first = gold(JAN_1, LocalDate.parse("2026-03-08"), 20, MASSAGE_CODES);
        CoverageTerms renewed = gold(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-12-31"), 20, MASSAGE_CODES);

        assertThat(policy.clamp(STORY_APPROVAL, plan(List.of(renewed, first), 0, 0))).isSameAs(STORY_APPROVAL);
    }

    @ParameterizedTest(name = "{0} used, {1} promised of 20: {2} visits certified")
    @CsvSource({"0, 0, 12", "8, 0, 12", "15, 0, 5", "10, 6, 4", "19, 0, 1"})
    void clamps_the_visits_to_what_the_plan_year_has_left_A2(int used, int promised, int certified) {
        Decision decided = policy.clamp(STORY_APPROVAL, plan(List.of(gold(JAN_1, null, 20, MASSAGE_CODES)), used,
                promised));

        assertThat(decided.certifiedVisits()).contains(certified);
        assertThat(decided instanceof Decision.PartiallyApproved).isEqualTo(certified < 12);
    }

    @Test
    void says_what_the_plan_year_has_left_when_it_cuts_the_visits() {
        Decision decided = policy.clamp(STORY_APPROVAL, plan(List.of(gold(JAN_1, null, 20, MASSAGE_CODES)), 12, 3));

        assertThat(((Decision.PartiallyApproved) decided).reason()).isEqualTo("5 of 12 visits: 5 of the plan's 20"
                + " visits for 2026-01-01…2026-12-31 left (12 used, 3 authorized and not yet used)");
    }

    @ParameterizedTest(name = "{0} used, {1} promised of 20: denied CS-06")
    @CsvSource({"20, 0", "14, 6", "25, 0"})
    void denies_CS_06_when_the_plan_year_has_no_visit_left(int used, int promised) {
        Decision decided = policy.clamp(STORY_APPROVAL, plan(List.of(gold(JAN_1, null, 20, MASSAGE_CODES)), used,
                promised));

        assertThat(decided).isInstanceOf(Decision.Denied.class);
        assertThat(((Decision.Denied) decided).reasonCode()).isEqualTo("CS-06");
        assertThat(((Decision.Denied) decided).reason()).startsWith("no visits left under plan GOLD: 0 of the plan's 20");
    }

    @Test
    void without_a_posted_visit_the_plan_years_limit_comes_from_the_coverage() {
        MemberPlan plan = new MemberPlan(List.of(gold(JAN_1, null, 6, MASSAGE_CODES)), Optional.empty(), 0);

        assertThat(policy.clamp(STORY_APPROVAL, plan).certifiedVisits()).contains(6);
        assertThat(policy.clamp(STORY_APPROVAL, new MemberPlan(List.of(gold(JAN_1, null, 0, MASSAGE_CODES)),
                Optional.empty(), 0))).isInstanceOf(Decision.Denied.class);
    }

    @Test
    void visits_posted_in_another_plan_year_do_not_count() {
        PlanYearVisits lastYear = new PlanYearVisits(MEMBER, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), 20, 20);
        MemberPlan plan = new MemberPlan(List.of(gold(JAN_1, null, 20, MASSAGE_CODES)), Optional.of(lastYear), 0);

        assertThat(policy.clamp(STORY_APPROVAL, plan)).isSameAs(STORY_APPROVAL);
    }

    @Test
    void a_denial_or_a_pend_passes_through() {
        MemberPlan noCoverage = plan(List.of(gold(LocalDate.parse("2027-01-01"), null, 20, MASSAGE_CODES)), 0, 0);
        Decision pended = new Decision.Pended("referral R-1 has not been received yet");

        assertThat(policy.clamp(pended, noCoverage)).isSameAs(pended);
    }

    @Test
    void a_partial_approval_keeps_its_own_reason_first() {
        Decision partial = new Decision.PartiallyApproved(10, MASSAGE_CODES, SIX_WEEKS, "10 of 14 visits: referral");

        Decision decided = policy.clamp(partial, plan(List.of(gold(JAN_1, null, 20, MASSAGE_CODES)), 16, 0));

        assertThat(((Decision.PartiallyApproved) decided).reason()).startsWith("10 of 14 visits: referral; 4 of 10");
        assertThat(decided.certifiedVisits()).contains(4);
    }

    @Test
    void the_intake_cuts_the_story_request_to_the_visits_left_before_the_MN_06_gate() {
        AuthorizationIntake intake = new AuthorizationIntake(new AuthorizationPolicy(),
                DecisionTurnaround.erisaGroupPlan(), new RandomAuthorizationNumbers());
        MemberPlan plan = plan(List.of(gold(JAN_1, null, 20, MASSAGE_CODES)), 16, 0);

        Authorization received = intake.receive(storyRequest(), Optional.of(storyReferral()), 0,
                new CareTerms(Optional.empty(), ReEvaluationGate.off(), plan)).authorization();

        assertThat(received.status()).isEqualTo(AuthorizationStatus.PARTIALLY_APPROVED);
        assertThat(((ApprovedAuthorization) received).approvedVisits()).isEqualTo(4);
    }

    private static CoverageTerms gold(LocalDate from, LocalDate to, int visitLimit, List<String> codes) {
        return new CoverageTerms(MEMBER, "GOLD", from, to, true, false, null, visitLimit, codes);
    }

    private static MemberPlan plan(List<CoverageTerms> coverage, int used, int promised) {
        PlanYearVisits year = new PlanYearVisits(MEMBER, JAN_1, LocalDate.parse("2026-12-31"), used, 20);
        return new MemberPlan(coverage, Optional.of(year), promised);
    }
}
