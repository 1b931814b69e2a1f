package org.medmassage.authorization.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.RECEIVED_AT;
import static org.medmassage.authorization.Fixtures.approved;
import static org.medmassage.authorization.Fixtures.storyReferral;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.MemberPlan;
import org.medmassage.authorization.coverage.PlanYearVisits;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationPolicy;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.authorization.time.DateWindow;

/** Decision 0067 on extensions: what an extension adds fits in the plan year's visits left and the coverage. */
class ExtensionWithinPlanTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");
    private static final LocalDate MAR_02 = LocalDate.parse("2026-03-02");
    private static final LocalDate MAR_31 = LocalDate.parse("2026-03-31");
    private static final ApprovedAuthorization SIX_UNTIL_MARCH_31 = approved("A20260302-7K3M9QXZ", 6, MASSAGE_CODES,
            DateWindow.of(MAR_02, MAR_31));

    private final ExtensionPolicy rules = new ExtensionPolicy(new AuthorizationPolicy());
    private final ExtensionWithinPlan withinPlan = new ExtensionWithinPlan();

    @Test
    void six_more_visits_with_ten_left_in_the_plan_year_are_granted_as_the_referral_allows() {
        ExtensionPolicy.Result.Decided decided = extendBy(6, null, plan(null, 4, 6));

        assertThat(decided.granted()).isTrue();
        assertThat(decided.authorization().status()).isEqualTo(AuthorizationStatus.APPROVED);
        assertThat(decided.authorization().approvedVisits()).isEqualTo(12);
    }

    @Test
    void adds_only_the_visits_the_plan_year_has_left_A2_CS_06() {
        // 20 a year: 10 used, this authorization's 6 unused are promised ⇒ 4 left to add
        ExtensionPolicy.Result.Decided decided = extendBy(6, null, plan(null, 10, 6));

        assertThat(decided.authorization().status()).isEqualTo(AuthorizationStatus.PARTIALLY_APPROVED);
        assertThat(decided.authorization().approvedVisits()).isEqualTo(10);
        assertThat(decided.authorization().reason()).isEqualTo("10 visits in all: 4 of the plan's 20 visits for"
                + " 2026-01-01…2026-12-31 left (10 used, 6 authorized and not yet used) (CS-06)");
    }

    @Test
    void with_no_visit_left_the_extension_is_not_granted_and_what_was_certified_stays() {
        ExtensionPolicy.Result.Decided decided = extendBy(6, null, plan(null, 14, 6));

        assertThat(decided.granted()).isFalse();
        assertThat(decided.authorization().approvedVisits()).isEqualTo(6);
        assertThat(decided.authorization().window()).isEqualTo(SIX_UNTIL_MARCH_31.window());
        assertThat(decided.authorization().reason()).startsWith("6 of 12 visits until 2026-03-31: extension not"
                + " granted: ").endsWith("(CS-06)");
    }

    @Test
    void a_later_end_stops_where_the_members_coverage_ends_CS_01() {
        ExtensionPolicy.Result.Decided decided = extendBy(null, LocalDate.parse("2026-04-12"),
                plan(LocalDate.parse("2026-04-05"), 0, 6));

        assertThat(decided.authorization().window()).isEqualTo(DateWindow.of(MAR_02, LocalDate.parse("2026-04-05")));
        assertThat(decided.authorization().reason())
                .isEqualTo("ends 2026-04-05 with the member's coverage under plan GOLD (CS-01)");
    }

    @Test
    void a_plan_not_known_here_leaves_the_extension_to_the_referrals_rules() {
        ExtensionPolicy.Result.Decided decided = extendBy(6, null, MemberPlan.unknown());

        assertThat(decided.authorization().approvedVisits()).isEqualTo(12);
    }

    private ExtensionPolicy.Result.Decided extendBy(Integer visits, LocalDate endDate, MemberPlan plan) {
        ExtensionPolicy.Result result = rules.decide(SIX_UNTIL_MARCH_31, new Extension(visits, endDate,
                "ROM improved", RECEIVED_AT.plusSeconds(86_400 * 20)), Optional.of(storyReferral()), 0);
        return withinPlan.limit(SIX_UNTIL_MARCH_31, (ExtensionPolicy.Result.Decided) result, plan);
    }

    private static MemberPlan plan(LocalDate coverageEnds, int used, int promised) {
        CoverageTerms gold = new CoverageTerms(MEMBER, "GOLD", JAN_1, coverageEnds, true, false, null, 20, null);
        return new MemberPlan(List.of(gold), Optional.of(new PlanYearVisits(MEMBER, JAN_1,
                LocalDate.parse("2026-12-31"), used, 20)), promised);
    }
}
