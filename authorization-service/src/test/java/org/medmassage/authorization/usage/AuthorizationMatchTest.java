package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.OTHER_PROVIDER;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.approved;
import static org.medmassage.authorization.Fixtures.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/** RULEBOOK Example 6 (plan requires PA; in-network) and MN-05 ("12 sessions over 6 weeks" is two limits). */
class AuthorizationMatchTest {

    /** Example 6's "A123": 12 visits, 2026-02-01…2026-03-31, 97124 + 97140. */
    private static final String A123 = "A20260115-00000123";
    private static final DateWindow FEB_MAR = DateWindow.of(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31"));
    private static final String STORY_AUTH = "A20260302-7KQ4M9XZ";
    private static final LocalDate MAR_10 = LocalDate.parse("2026-03-10");

    private final AuthorizationMatch match = new AuthorizationMatch();

    static Stream<Arguments> example6() {
        AuthorizedVisits a123 = AuthorizedVisits.unused(approved(A123, 12, MASSAGE_CODES, FEB_MAR));
        AuthorizedVisits a123AllUsed = used(a123, "2026-02-02", 12);
        AuthorizedVisits a123For97140 = AuthorizedVisits.unused(approved(A123, 12, List.of("97140"), FEB_MAR));
        AuthorizedVisits story = AuthorizedVisits.unused(approved(STORY_AUTH, 12, MASSAGE_CODES, SIX_WEEKS));
        return Stream.of(
                Arguments.of("6a no auth on file ⇒ CO-197 M62",
                        List.of(), visit("C-1", null, MAR_10, MASSAGE_CODES),
                        "197", "M62", "no authorization on file for member M-1001"),
                Arguments.of("PA-05 a number that is not one of the member's ⇒ CO-15 M62",
                        List.of(a123), visit("C-1", "A20260115-0000XYZ1", MAR_10, MASSAGE_CODES),
                        "15", "M62", "authorization A20260115-0000XYZ1 is not one of member M-1001's authorizations"),
                Arguments.of("6a a number cited by a member with no authorization at all ⇒ CO-197 M62",
                        List.of(), visit("C-1", "A20260115-0000XYZ1", MAR_10, MASSAGE_CODES),
                        "197", "M62", "authorization A20260115-0000XYZ1 is not on file for member M-1001"),
                Arguments.of("6b visit 13 on a 12-visit auth ⇒ CO-198 N54",
                        List.of(a123AllUsed), visit("C-13", A123, MAR_10, MASSAGE_CODES),
                        "198", "N54", "all 12 visits of authorization A20260115-00000123 are used"),
                Arguments.of("6c DOS 2026-04-02 outside the window ⇒ CO-15 N54",
                        List.of(a123), visit("C-1", A123, LocalDate.parse("2026-04-02"), MASSAGE_CODES),
                        "15", "N54", "date of service 2026-04-02 is outside authorization A20260115-00000123"
                                + " (2026-02-01..2026-03-31)"),
                Arguments.of("6d auth for 97140 only, only 97124 billed ⇒ the whole visit CO-284 naming 97124",
                        List.of(a123For97140), visit("C-1", A123, MAR_10, List.of("97124")),
                        "284", "N54", "97124 not authorized by A20260115-00000123 (authorizes 97140)"),
                Arguments.of("6e auth issued to another clinic ⇒ CO-296",
                        List.of(a123), new BilledVisit("C-1", MEMBER, A123, OTHER_PROVIDER, MAR_10, MASSAGE_CODES),
                        "296", "N54", "authorization A20260115-00000123 is for provider 1234567893, not 1245319599"),
                Arguments.of("MN-05 a 13th session inside the 6 weeks ⇒ CO-198",
                        List.of(used(story, "2026-03-02", 12)), visit("C-13", STORY_AUTH, LocalDate.parse("2026-04-01"),
                                MASSAGE_CODES),
                        "198", "N54", "all 12 visits of authorization A20260302-7KQ4M9XZ are used"),
                Arguments.of("MN-05 a session on day 43 with 2 used ⇒ CO-15",
                        List.of(used(story, "2026-03-10", 2)), visit("C-3", STORY_AUTH, LocalDate.parse("2026-04-13"),
                                MASSAGE_CODES),
                        "15", "N54", "date of service 2026-04-13 is outside authorization A20260302-7KQ4M9XZ"
                                + " (2026-03-02..2026-04-12)"),
                Arguments.of("without a number the closest authorization explains the denial",
                        List.of(a123), visit("C-1", null, LocalDate.parse("2026-04-02"), MASSAGE_CODES),
                        "15", "N54", "date of service 2026-04-02 is outside authorization A20260115-00000123"
                                + " (2026-02-01..2026-03-31)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("example6")
    void denies_with_the_PA_05_code(String behaviour, List<AuthorizedVisits> memberAuths, BilledVisit visit,
            String carc, String rarc, String reason) {
        MatchResult result = match.match(visit, memberAuths);

        assertThat(result).isInstanceOf(MatchResult.Unusable.class);
        CodedRejection rejection = ((MatchResult.Unusable) result).rejection();
        assertThat(rejection.group()).isEqualTo(AdjustmentGroup.CO);
        assertThat(rejection.carc()).isEqualTo(carc);
        assertThat(rejection.rarc()).isEqualTo(rarc);
        assertThat(rejection.reason()).isEqualTo(reason);
    }

    static Stream<Arguments> usable() {
        AuthorizedVisits story = AuthorizedVisits.unused(approved(STORY_AUTH, 12, MASSAGE_CODES, SIX_WEEKS));
        return Stream.of(
                Arguments.of("the 12th session is still covered", used(story, "2026-03-02", 11),
                        visit("C-12", STORY_AUTH, LocalDate.parse("2026-04-01"), MASSAGE_CODES)),
                Arguments.of("day 42 is still covered", story,
                        visit("C-1", STORY_AUTH, LocalDate.parse("2026-04-12"), MASSAGE_CODES)),
                Arguments.of("a claim without the number finds the member's authorization", story,
                        visit("C-1", null, MAR_10, List.of("97124"))),
                Arguments.of("a second claim for a date already used on an exhausted auth rides on that visit",
                        used(story, "2026-03-02", 12), visit("C-99", STORY_AUTH, LocalDate.parse("2026-03-05"),
                                MASSAGE_CODES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usable")
    void matches_an_authorization_that_covers_date_codes_provider_and_visits_PA_03(String behaviour,
            AuthorizedVisits auth, BilledVisit visit) {
        assertThat(match.match(visit, List.of(auth))).isEqualTo(new MatchResult.Usable(auth));
    }

    @Test
    void prefers_the_authorization_that_already_used_the_date() {
        AuthorizedVisits older = AuthorizedVisits.unused(approved(A123, 12, MASSAGE_CODES, FEB_MAR));
        AuthorizedVisits story = used(AuthorizedVisits.unused(approved(STORY_AUTH, 12, MASSAGE_CODES, SIX_WEEKS)),
                "2026-03-10", 1);

        assertThat(match.match(visit("C-2", null, MAR_10, MASSAGE_CODES), List.of(older, story)))
                .isEqualTo(new MatchResult.Usable(story));
    }

    /** {@code count} visits on consecutive days from {@code firstDay}, each by its own claim. */
    private static AuthorizedVisits used(AuthorizedVisits auth, String firstDay, int count) {
        LocalDate first = LocalDate.parse(firstDay);
        return new AuthorizedVisits(auth.authorization(), IntStream.range(0, count)
                .mapToObj(i -> new ConsumedVisit(first.plusDays(i), "C-used-" + i)).toList());
    }
}
