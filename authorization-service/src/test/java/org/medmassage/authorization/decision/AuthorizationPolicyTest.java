package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.PROVIDER;
import static org.medmassage.authorization.Fixtures.OTHER_MEMBER;
import static org.medmassage.authorization.Fixtures.REFERRAL;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.request;
import static org.medmassage.authorization.Fixtures.storyReferral;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;

class AuthorizationPolicyTest {

    private static final LocalDate MAR_02 = LocalDate.parse("2026-03-02");
    private static final LocalDate APR_12 = LocalDate.parse("2026-04-12");

    private final AuthorizationPolicy policy = new AuthorizationPolicy();

    /** Rows: what is asked, how many sessions other authorizations already hold, what is certified and why. */
    static Stream<Arguments> certified() {
        return Stream.of(
                row("story: 12 visits of 97124/97140 from the day written ⇒ A1 for the whole referral",
                        MASSAGE_CODES, 12, MAR_02, 0,
                        AuthorizationStatus.APPROVED, 12, MASSAGE_CODES, SIX_WEEKS, null),
                row("MN-05: a 13th session is out of the referral ⇒ A2 for 12",
                        MASSAGE_CODES, 13, MAR_02, 0,
                        AuthorizationStatus.PARTIALLY_APPROVED, 12, MASSAGE_CODES, SIX_WEEKS,
                        "12 of 13 visits: referral R-1 orders 12 sessions"),
                row("a later start keeps the referral's end",
                        MASSAGE_CODES, 8, LocalDate.parse("2026-03-16"), 0,
                        AuthorizationStatus.APPROVED, 8, MASSAGE_CODES, DateWindow.of(LocalDate.parse("2026-03-16"), APR_12),
                        null),
                row("one visit per DOS: 7 days left hold 7 visits ⇒ A2",
                        MASSAGE_CODES, 12, LocalDate.parse("2026-04-06"), 0,
                        AuthorizationStatus.PARTIALLY_APPROVED, 7, MASSAGE_CODES,
                        DateWindow.of(LocalDate.parse("2026-04-06"), APR_12),
                        "7 of 12 visits: only 7 days remain in the window of referral R-1"),
                row("MN-04 day 42 is still inside the referral",
                        MASSAGE_CODES, 1, APR_12, 0,
                        AuthorizationStatus.APPROVED, 1, MASSAGE_CODES, DateWindow.of(APR_12, APR_12), null),
                row("a code the referral does not order is cut ⇒ A2 for the others",
                        List.of("97124", "97530"), 12, MAR_02, 0,
                        AuthorizationStatus.PARTIALLY_APPROVED, 12, List.of("97124"), SIX_WEEKS,
                        "97530 not ordered on referral R-1"),
                row("a start before the referral is moved to its first day ⇒ A2 (shorter window)",
                        MASSAGE_CODES, 12, LocalDate.parse("2026-02-25"), 0,
                        AuthorizationStatus.PARTIALLY_APPROVED, 12, MASSAGE_CODES, SIX_WEEKS,
                        "starts 2026-03-02, the first day of referral R-1, not 2026-02-25"),
                row("MN-05 across authorizations: 8 sessions already authorized leave 4",
                        MASSAGE_CODES, 12, MAR_02, 8,
                        AuthorizationStatus.PARTIALLY_APPROVED, 4, MASSAGE_CODES, SIX_WEEKS,
                        "4 of 12 visits: 4 of the 12 sessions of referral R-1 are left"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certified")
    void certifies_up_to_the_referral_sessions_inside_its_window(String behaviour, List<String> codes, int visits,
            LocalDate start, int alreadyAuthorized, AuthorizationStatus status, int approvedVisits,
            List<String> approvedCodes, DateWindow window, String reason) {
        Decision decision = policy.decide(request(codes, visits, start), Optional.of(storyReferral()), alreadyAuthorized);

        assertThat(decision.status()).isEqualTo(status);
        if (decision instanceof Decision.Approved approved) {
            assertThat(approved.visits()).isEqualTo(approvedVisits);
            assertThat(approved.procedureCodes()).isEqualTo(approvedCodes);
            assertThat(approved.window()).isEqualTo(window);
            assertThat(reason).isNull();
        } else {
            Decision.PartiallyApproved partial = (Decision.PartiallyApproved) decision;
            assertThat(partial.visits()).isEqualTo(approvedVisits);
            assertThat(partial.procedureCodes()).isEqualTo(approvedCodes);
            assertThat(partial.window()).isEqualTo(window);
            assertThat(partial.reason()).isEqualTo(reason);
        }
    }

    static Stream<Arguments> denied() {
        return Stream.of(
                Arguments.of("MN-05: a start on day 43 is after the 6 weeks", MASSAGE_CODES, LocalDate.parse("2026-04-13"),
                        0, storyReferral(), "MN-04", "start date 2026-04-13 is after referral R-1 ends on 2026-04-12"),
                Arguments.of("no requested code is on the referral", List.of("97530"), MAR_02, 0, storyReferral(), "MN-01",
                        "procedure codes 97530 are not ordered on referral R-1 (it orders 97124, 97140)"),
                Arguments.of("the referral is another member's", MASSAGE_CODES, MAR_02, 0,
                        new KnownReferral(REFERRAL, OTHER_MEMBER, MASSAGE_CODES, 12, SIX_WEEKS), "MN-01",
                        "referral R-1 was written for another member"),
                Arguments.of("every session is already authorized", MASSAGE_CODES, MAR_02, 12, storyReferral(), "MN-05",
                        "all 12 sessions of referral R-1 are already authorized"),
                Arguments.of("MN-01: a revoked referral backs no authorization", MASSAGE_CODES, MAR_02, 0,
                        new KnownReferral(REFERRAL, "M-1001", MASSAGE_CODES, 12, SIX_WEEKS, "written in error"),
                        "MN-01", "referral R-1 was revoked: written in error"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("denied")
    void denies_with_a_specific_coded_reason_A3(String behaviour, List<String> codes, LocalDate start, int alreadyAuthorized,
            KnownReferral referral, String reasonCode, String reason) {
        Decision decision = policy.decide(request(codes, 12, start), Optional.of(referral), alreadyAuthorized);

        assertThat(decision).isEqualTo(new Decision.Denied(reasonCode, reason));
        assertThat(decision.status().x12Code()).isEqualTo("A3");
    }

    /** Rows: the day a request for the referral's 6 weeks is received, the plan's retro limit ⇒ status, reason code. */
    static Stream<Arguments> retro() {
        return Stream.of(
                Arguments.of("received on the referral's last day: not retro", "2026-04-12", 30,
                        AuthorizationStatus.APPROVED, null),
                Arguments.of("received after the referral ended, no limit: a retro request, decided on its dates",
                        "2026-12-07", null, AuthorizationStatus.APPROVED, null),
                Arguments.of("received 30 days after, limit 30: still taken", "2026-05-12", 30,
                        AuthorizationStatus.APPROVED, null),
                Arguments.of("PA-05: received 31 days after, limit 30: retro request too late", "2026-05-13", 30,
                        AuthorizationStatus.DENIED, "PA-05"),
                Arguments.of("PA-05: limit 0 takes no retro request", "2026-04-13", 0,
                        AuthorizationStatus.DENIED, "PA-05"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retro")
    void decides_a_request_received_after_its_referral_ended_as_a_retro_request(String behaviour, String receivedOn,
            Integer retroLimitDays, AuthorizationStatus status, String reasonCode) {
        AuthorizationRequest late = new AuthorizationRequest(MEMBER, REFERRAL, PROVIDER, MASSAGE_CODES, 12, MAR_02,
                Priority.STANDARD, LocalDate.parse(receivedOn).atTime(15, 0).toInstant(ZoneOffset.UTC));

        Decision decision = new AuthorizationPolicy(retroLimitDays).decide(late, Optional.of(storyReferral()), 0);

        assertThat(decision.status()).isEqualTo(status);
        if (decision instanceof Decision.Denied denied) {
            assertThat(denied.reasonCode()).isEqualTo(reasonCode);
            assertThat(denied.reason()).startsWith("retro request too late: received " + receivedOn)
                    .contains("after referral R-1 ended on 2026-04-12");
        } else {
            assertThat(decision).isEqualTo(new Decision.Approved(12, MASSAGE_CODES, SIX_WEEKS));
        }
    }

    @Test
    void pends_A4_while_the_referral_is_unknown() {
        Decision decision = policy.decide(request(MASSAGE_CODES, 12, MAR_02), Optional.empty());

        assertThat(decision).isEqualTo(new Decision.Pended("referral R-1 has not been received yet"));
        assertThat(decision.status().x12Code()).isEqualTo("A4");
    }

    @Test
    void maps_partial_to_A2_and_denied_to_A3_never_the_other_way_round() {
        assertThat(AuthorizationStatus.APPROVED.x12Code()).isEqualTo("A1");
        assertThat(AuthorizationStatus.PARTIALLY_APPROVED.x12Code()).isEqualTo("A2");
        assertThat(AuthorizationStatus.DENIED.x12Code()).isEqualTo("A3");
        assertThat(AuthorizationStatus.PENDED.x12Code()).isEqualTo("A4");
    }

    private static Arguments row(String behaviour, List<String> codes, int visits, LocalDate start, int already,
            AuthorizationStatus status, int approvedVisits, List<String> approvedCodes, DateWindow window, String reason) {
        return Arguments.of(behaviour, codes, visits, start, already, status, approvedVisits, approvedCodes, window, reason);
    }
}
