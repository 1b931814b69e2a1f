package org.medmassage.authorization.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.RECEIVED_AT;
import static org.medmassage.authorization.Fixtures.approved;
import static org.medmassage.authorization.Fixtures.storyReferral;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationPolicy;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.authorization.time.DateWindow;
import org.medmassage.codesets.problem.FieldProblem;

class ExtensionPolicyTest {

    private static final LocalDate MAR_02 = LocalDate.parse("2026-03-02");
    private static final LocalDate MAR_31 = LocalDate.parse("2026-03-31");
    private static final LocalDate APR_12 = LocalDate.parse("2026-04-12");

    private final ExtensionPolicy policy = new ExtensionPolicy(new AuthorizationPolicy());

    /** Rows: certified before (visits until an end), asked, others' sessions ⇒ status, visits, end, reason. */
    static Stream<Arguments> decided() {
        return Stream.of(
                Arguments.of("6 more visits on a 12-session referral ⇒ A1 for 12", 6, MAR_31, 6, null, 0,
                        AuthorizationStatus.APPROVED, 12, MAR_31, null),
                Arguments.of("a later end inside the referral ⇒ A1 to that end", 6, MAR_31, null, APR_12, 0,
                        AuthorizationStatus.APPROVED, 6, APR_12, null),
                Arguments.of("MN-05: 8 more on a 12-session referral ⇒ A2 for 12", 6, MAR_31, 8, null, 0,
                        AuthorizationStatus.PARTIALLY_APPROVED, 12, MAR_31,
                        "12 of 14 visits: referral R-1 orders 12 sessions"),
                Arguments.of("MN-04: an end past the referral is cut to its last day ⇒ A2", 6, MAR_31, 2,
                        LocalDate.parse("2026-05-31"), 0,
                        AuthorizationStatus.PARTIALLY_APPROVED, 8, APR_12,
                        "ends 2026-04-12, the last day of referral R-1, not 2026-05-31 (MN-04)"),
                Arguments.of("MN-05 across authorizations: the others hold the rest ⇒ kept, A2 with the reason",
                        6, MAR_31, 4, null, 6,
                        AuthorizationStatus.PARTIALLY_APPROVED, 6, MAR_31,
                        "6 of 10 visits until 2026-03-31: extension not granted: no session of referral R-1 is "
                                + "left (MN-05)"),
                Arguments.of("MN-04: only a later end, past the referral that ends already ⇒ kept", 12, APR_12, null,
                        LocalDate.parse("2026-05-31"), 0,
                        AuthorizationStatus.PARTIALLY_APPROVED, 12, APR_12,
                        "12 of 12 visits until 2026-04-12: extension not granted: referral R-1 ends on 2026-04-12"
                                + " (MN-04)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decided")
    void decides_an_extension_by_the_rules_of_a_request(String behaviour, int visitsBefore, LocalDate endBefore,
            Integer additionalVisits, LocalDate endDate, int sessionsOfOthers, AuthorizationStatus status, int visits,
            LocalDate end, String reason) {
        ApprovedAuthorization before = approved("A20260302-7K3M9QXZ", visitsBefore, MASSAGE_CODES, DateWindow.of(MAR_02, endBefore));

        ExtensionPolicy.Result result = policy.decide(before, new Extension(additionalVisits, endDate,
                "ROM improved", RECEIVED_AT.plusSeconds(86_400 * 20)), Optional.of(storyReferral()), sessionsOfOthers);

        ApprovedAuthorization after = ((ExtensionPolicy.Result.Decided) result).authorization();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.status()).isEqualTo(status);
        assertThat(after.approvedVisits()).isEqualTo(visits);
        assertThat(after.window()).isEqualTo(DateWindow.of(MAR_02, end));
        assertThat(after.reason()).isEqualTo(reason);
        assertThat(after.request().requestedVisits())
                .isEqualTo(visitsBefore + (additionalVisits == null ? 0 : additionalVisits));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("neither more visits nor a later end", null, null, "additionalVisits"),
                Arguments.of("no visits at all", 0, null, "additionalVisits"),
                Arguments.of("fewer visits", -2, null, "additionalVisits"),
                Arguments.of("an end before the current end", null, LocalDate.parse("2026-03-20"), "endDate"),
                Arguments.of("the current end again", null, MAR_31, "endDate"));
    }

    @ParameterizedTest(name = "422 {3}: {0}")
    @MethodSource("refused")
    void refuses_an_extension_that_asks_for_nothing_more_naming_the_field(String behaviour, Integer additionalVisits,
            LocalDate endDate, String field) {
        ApprovedAuthorization before = approved("A20260302-7K3M9QXZ", 6, MASSAGE_CODES, DateWindow.of(MAR_02, MAR_31));

        ExtensionPolicy.Result result = policy.decide(before, new Extension(additionalVisits, endDate, "ROM improved",
                RECEIVED_AT), Optional.of(storyReferral()), 0);

        assertThat(((ExtensionPolicy.Result.Refused) result).problems()).extracting(FieldProblem::field)
                .containsExactly(field);
    }
}
