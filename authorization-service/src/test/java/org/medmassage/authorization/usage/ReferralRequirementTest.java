package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.OTHER_MEMBER;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/** MN-01 on a billed visit: the story's referral (97124 + 97140, 12 sessions, 2026-03-02..2026-04-12). */
class ReferralRequirementTest {

    private static final LocalDate MAR_10 = LocalDate.parse("2026-03-10");

    private final ReferralRequirement requirement = new ReferralRequirement();

    static Stream<Arguments> referralsOnTheDateOfService() {
        KnownReferral story = referral(MEMBER, MASSAGE_CODES, SIX_WEEKS, null);
        return Stream.of(
                Arguments.of("an active referral covering the date and both codes", true, List.of(story),
                        "2026-03-10", List.of()),
                Arguments.of("on the day it was written (validFrom, inclusive)", true, List.of(story),
                        "2026-03-02", List.of()),
                Arguments.of("on its last day (validTo, inclusive)", true, List.of(story),
                        "2026-04-12", List.of()),
                Arguments.of("not yet valid: the day before it was written", true, List.of(story),
                        "2026-03-01", MASSAGE_CODES),
                Arguments.of("expired: the day after its window (MN-04, day 43)", true, List.of(story),
                        "2026-04-13", MASSAGE_CODES),
                Arguments.of("revoked, although the date is inside its window", true,
                        List.of(referral(MEMBER, MASSAGE_CODES, SIX_WEEKS, "withdrawn by the prescriber")),
                        "2026-03-10", MASSAGE_CODES),
                Arguments.of("another member's referral", true,
                        List.of(referral(OTHER_MEMBER, MASSAGE_CODES, SIX_WEEKS, null)), "2026-03-10", MASSAGE_CODES),
                Arguments.of("no referral on file", true, List.of(), "2026-03-10", MASSAGE_CODES),
                Arguments.of("a referral for 97140 only leaves 97124 without one", true,
                        List.of(referral(MEMBER, List.of("97140"), SIX_WEEKS, null)), "2026-03-10", List.of("97124")),
                Arguments.of("a referral listing no code orders massage as such", true,
                        List.of(referral(MEMBER, List.of(), SIX_WEEKS, null)), "2026-03-10", List.of()),
                Arguments.of("two referrals, each covering one code", true,
                        List.of(referral(MEMBER, List.of("97124"), SIX_WEEKS, null),
                                referral(MEMBER, List.of("97140"), SIX_WEEKS, null)), "2026-03-10", List.of()),
                Arguments.of("a revoked referral next to an active one", true,
                        List.of(referral(MEMBER, MASSAGE_CODES, SIX_WEEKS, "revoked"), story), "2026-03-10",
                        List.of()),
                Arguments.of("a plan without the flag needs no referral", false, List.of(), "2026-03-10",
                        List.of()),
                Arguments.of("a plan without the flag ignores an expired referral", false, List.of(story),
                        "2026-05-01", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referralsOnTheDateOfService")
    void denies_the_massage_lines_without_an_active_referral_CO_288(String caseName, boolean referralRequired,
            List<KnownReferral> referrals, String dateOfService, List<String> expectedWithoutReferral) {
        ReferralCheck check = requirement.check(visit("C-1", null, LocalDate.parse(dateOfService), MASSAGE_CODES),
                referralRequired, referrals);

        assertThat(check.codesWithoutReferral()).containsExactlyElementsOf(expectedWithoutReferral);
        assertThat(check instanceof ReferralCheck.Referred).isEqualTo(expectedWithoutReferral.isEmpty());
    }

    @Test
    void the_denial_is_CO_288_with_N29_naming_the_member_the_codes_and_the_date() {
        ReferralCheck.ReferralAbsent absent = (ReferralCheck.ReferralAbsent) requirement.check(
                visit("C-1", null, MAR_10, MASSAGE_CODES), true, List.of());

        assertThat(absent.rejection()).isEqualTo(new CodedRejection(AdjustmentGroup.CO, "288", "N29",
                "no active referral of member M-1001 orders 97124, 97140 on 2026-03-10; the member's plan requires one"));
        assertThat(absent.deniesEveryLine(visit("C-1", null, MAR_10, MASSAGE_CODES))).isTrue();
    }

    @Test
    void only_massage_codes_need_a_referral() {
        ReferralCheck check = requirement.check(visit("C-1", null, MAR_10, List.of("97124", "97110")), true,
                List.of());

        assertThat(check.codesWithoutReferral()).containsExactly("97124");
        assertThat(((ReferralCheck.ReferralAbsent) check).deniesEveryLine(
                visit("C-1", null, MAR_10, List.of("97124", "97110")))).isFalse();
    }

    @Test
    void the_massage_codes_are_configuration() {
        ReferralRequirement only97124 = new ReferralRequirement(List.of("97124"));

        assertThat(only97124.check(visit("C-1", null, MAR_10, MASSAGE_CODES), true, List.of())
                .codesWithoutReferral()).containsExactly("97124");
        assertThat(new ReferralRequirement().check(visit("C-1", null, MAR_10, List.of("97110")), true, List.of()))
                .isEqualTo(new ReferralCheck.Referred());
    }

    private static KnownReferral referral(String member, List<String> codes, DateWindow window, String revokedReason) {
        return new KnownReferral("R-" + member + "-" + codes.size() + "-" + revokedReason, member, codes, 12, window,
                revokedReason);
    }
}
