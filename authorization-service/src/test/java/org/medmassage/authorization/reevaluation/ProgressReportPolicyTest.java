package org.medmassage.authorization.reevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.ISSUED_ON;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.RECEIVED_AT;
import static org.medmassage.authorization.Fixtures.storyReferral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.authorization.Fixtures;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.decision.AuthorizationNumber;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.authorization.decision.AuthorizationPolicy;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;

/** MN-06 and MN-09: a progress report continues the course of care by the next block, or ends it as maintenance. */
class ProgressReportPolicyTest {

    private static final ReEvaluationGate WA_LNI = new ReEvaluationGate(6, 30);
    private static final LocalDate MAR_31 = LocalDate.parse("2026-03-31");
    private static final LocalDate APR_12 = LocalDate.parse("2026-04-12");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-25");
    private static final Instant NOW = Instant.parse("2026-03-25T10:00:00Z");
    private static final KnownReferral TWENTY = new KnownReferral("R-1", Fixtures.MEMBER, MASSAGE_CODES, 20,
            DateWindow.of(ISSUED_ON, APR_12));

    private final ProgressReportPolicy policy = new ProgressReportPolicy(new AuthorizationPolicy());

    /** Rows: the referral, visits requested, what the report shows, what the authorization then certifies. */
    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("MEASURABLE: the next block reaches all 12 requested ⇒ A1, nothing more awaited",
                        storyReferral(), 12, 0, Improvement.MEASURABLE, "A1", 12, APR_12, "CONTINUED", null, null),
                Arguments.of("MEASURABLE: 20 requested, the next 6 of them ⇒ A2, the next report awaited",
                        TWENTY, 20, 0, Improvement.MEASURABLE, "A2", 12, APR_12, "AWAITING_PROGRESS_REPORT", "MN-06",
                        "12 visits until 2026-04-12, then a progress report showing objective improvement (MN-06: "
                                + "re-evaluation after 6 visits or 30 days, whichever comes first)"),
                Arguments.of("MEASURABLE, but others hold half the referral ⇒ no more visits, the window to its end",
                        storyReferral(), 12, 6, Improvement.MEASURABLE, "A2", 6, APR_12, "CONTINUED", null,
                        "6 of 12 visits: 6 of the 12 sessions of referral R-1 are left"),
                Arguments.of("MEASURABLE, but others hold every session of the referral ⇒ the rest denied MN-05",
                        storyReferral(), 12, 12, Improvement.MEASURABLE, "A2", 6, MAR_31, "REST_DENIED", "MN-05",
                        "6 of 12 visits: no further visit is certified: all 12 sessions of referral R-1 are already "
                                + "authorized (MN-05)"),
                Arguments.of("PLATEAU: the remaining visits are denied as maintenance care ⇒ A2, MN-09",
                        storyReferral(), 12, 0, Improvement.PLATEAU, "A2", 6, MAR_31, "REST_DENIED", "MN-09",
                        "6 of 12 visits: no further visit is certified: maintenance care is not medically necessary, "
                                + "the progress report of 2026-03-20 shows no further measurable gains (MN-09)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void a_progress_report_continues_or_ends_the_course_of_care(String behaviour, KnownReferral referral,
            int requested, int heldByOthers, Improvement improvement, String x12, int visits, LocalDate validTo,
            String status, String reasonCode, String reason) {
        ApprovedAuthorization atTheGate = atTheGate(requested);

        ProgressReportPolicy.Result result = policy.decide(atTheGate, ReEvaluation.awaiting(atTheGate.id(), WA_LNI),
                report(LocalDate.parse("2026-03-20"), improvement), Optional.of(referral), heldByOthers, TODAY, NOW);

        ProgressReportPolicy.Result.Decided decided = (ProgressReportPolicy.Result.Decided) result;
        ApprovedAuthorization after = decided.authorization();
        assertThat(after.id()).isEqualTo(atTheGate.id());
        assertThat(after.number()).isEqualTo(atTheGate.number());
        assertThat(after.status().x12Code()).isEqualTo(x12);
        assertThat(after.approvedVisits()).isEqualTo(visits);
        assertThat(after.window()).isEqualTo(DateWindow.of(ISSUED_ON, validTo));
        assertThat(after.decidedAt()).isEqualTo(NOW);
        assertThat(after.reason()).isEqualTo(reason);
        assertThat(decided.reEvaluation().status().name()).isEqualTo(status);
        assertThat(decided.reEvaluation().reasonCode()).isEqualTo(reasonCode);
        assertThat(decided.reEvaluation().gate()).isEqualTo(WA_LNI);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("a report dated after today", LocalDate.parse("2026-03-26"), "after today (2026-03-25)"),
                Arguments.of("a report dated before the care began", LocalDate.parse("2026-03-01"),
                        "before its first day, 2026-03-02"));
    }

    @ParameterizedTest(name = "{0} is refused naming reportedOn and MN-06")
    @MethodSource("refusals")
    void refuses_a_report_that_cannot_be_of_this_course_of_care(String behaviour, LocalDate reportedOn,
            String message) {
        ApprovedAuthorization atTheGate = atTheGate(12);

        ProgressReportPolicy.Result result = policy.decide(atTheGate, ReEvaluation.awaiting(atTheGate.id(), WA_LNI),
                report(reportedOn, Improvement.MEASURABLE), Optional.of(storyReferral()), 0, TODAY, NOW);

        assertThat(result).isInstanceOfSatisfying(ProgressReportPolicy.Result.Refused.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("reportedOn");
                    assertThat(problem.rule()).isEqualTo("MN-06");
                    assertThat(problem.message()).contains(message);
                }));
    }

    // the first block of WA L&I's gate: 6 visits until day 30
    private static ApprovedAuthorization atTheGate(int requested) {
        return new ApprovedAuthorization(AuthorizationId.random(), new AuthorizationNumber("A20260302-7KQ4M9XZ"),
                Fixtures.request(MASSAGE_CODES, requested, ISSUED_ON), RECEIVED_AT.plusSeconds(3600),
                AuthorizationStatus.PARTIALLY_APPROVED, 6, MASSAGE_CODES, DateWindow.of(ISSUED_ON, MAR_31),
                "6 visits until 2026-03-31, then a progress report", RECEIVED_AT, null);
    }

    private static ProgressReport report(LocalDate reportedOn, Improvement improvement) {
        return new ProgressReport(reportedOn, "cervical rotation 45° → 70°; sitting tolerance 20 → 60 min",
                improvement, "provider:1234567893");
    }
}
