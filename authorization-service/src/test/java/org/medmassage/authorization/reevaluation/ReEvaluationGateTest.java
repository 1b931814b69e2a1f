package org.medmassage.authorization.reevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.ISSUED_ON;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.storyReferral;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.authorization.Fixtures;
import org.medmassage.authorization.decision.AuthorizationPolicy;
import org.medmassage.authorization.decision.Decision;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;

/** MN-06: an approval covers visits up to the re-evaluation gate; the rest waits for a progress report. */
class ReEvaluationGateTest {

    private static final ReEvaluationGate WA_LNI = new ReEvaluationGate(6, 30);
    private static final LocalDate MAR_31 = LocalDate.parse("2026-03-31");
    private static final LocalDate APR_12 = LocalDate.parse("2026-04-12");
    private static final String AT_THE_GATE = " visits until 2026-03-31, then a progress report showing objective "
            + "improvement (MN-06: re-evaluation after 6 visits or 30 days, whichever comes first)";

    private final AuthorizationPolicy rules = new AuthorizationPolicy();

    /** Rows on the story's referral (12 sessions, 2026-03-02 to 2026-04-12): requested visits, gate, what is certified. */
    static Stream<Arguments> firstBlocks() {
        return Stream.of(
                Arguments.of("a gate that is off certifies what the rules allow", 12, ReEvaluationGate.off(),
                        "A1", 12, APR_12, false, null),
                Arguments.of("WA L&I: 12 requested, 6 certified until day 30, the rest waits (A2 naming MN-06)", 12,
                        WA_LNI, "A2", 6, MAR_31, true, "6" + AT_THE_GATE),
                Arguments.of("a gate of visits alone keeps the referral's window", 12, new ReEvaluationGate(6, null),
                        "A2", 6, APR_12, true, "6 visits until 2026-04-12, then a progress report showing objective"
                                + " improvement (MN-06: re-evaluation after 6 visits)"),
                Arguments.of("a gate of days alone keeps the visits and ends the window on day 30", 12,
                        new ReEvaluationGate(null, 30), "A2", 12, MAR_31, true, "12 visits until 2026-03-31, then a"
                                + " progress report showing objective improvement (MN-06: re-evaluation after 30 days)"),
                Arguments.of("4 visits fit the block but not the referral's window: the window is cut", 4, WA_LNI,
                        "A2", 4, MAR_31, true, "4" + AT_THE_GATE),
                Arguments.of("5 visits under a gate of 6 visits is nothing to cut", 5, new ReEvaluationGate(6, null),
                        "A1", 5, APR_12, false, null),
                Arguments.of("the rules' own cut comes first in the reason", 13, WA_LNI, "A2", 6, MAR_31, true,
                        "12 of 13 visits: referral R-1 orders 12 sessions; 6" + AT_THE_GATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstBlocks")
    void cuts_the_first_block_at_the_gate(String behaviour, int requested, ReEvaluationGate gate, String x12,
            int visits, LocalDate validTo, boolean awaitsReport, String reason) {
        Decision allowed = rules.decide(Fixtures.request(MASSAGE_CODES, requested, ISSUED_ON),
                Optional.of(storyReferral()));

        ReEvaluationGate.Gated gated = gate.clamp(allowed, 0, ISSUED_ON);

        assertThat(gated.decision().status().x12Code()).isEqualTo(x12);
        assertThat(gated.awaitsReport()).isEqualTo(awaitsReport);
        if (gated.decision() instanceof Decision.PartiallyApproved partial) {
            assertThat(partial.visits()).isEqualTo(visits);
            assertThat(partial.window()).isEqualTo(DateWindow.of(ISSUED_ON, validTo));
            assertThat(partial.reason()).isEqualTo(reason);
        } else {
            Decision.Approved approved = (Decision.Approved) gated.decision();
            assertThat(approved.visits()).isEqualTo(visits);
            assertThat(approved.window().to()).isEqualTo(validTo);
            assertThat(reason).isNull();
        }
    }

    @Test
    void the_next_block_counts_its_days_from_the_report_and_its_visits_beyond_those_certified() {
        KnownReferral twenty = new KnownReferral("R-1", Fixtures.MEMBER, MASSAGE_CODES, 20,
                DateWindow.of(ISSUED_ON, APR_12));
        Decision allowed = rules.decide(Fixtures.request(MASSAGE_CODES, 20, ISSUED_ON), Optional.of(twenty));

        ReEvaluationGate.Gated gated = WA_LNI.clamp(allowed, 6, LocalDate.parse("2026-03-20"));

        assertThat(gated.awaitsReport()).isTrue();
        Decision.PartiallyApproved next = (Decision.PartiallyApproved) gated.decision();
        assertThat(next.visits()).isEqualTo(12);
        assertThat(next.window()).isEqualTo(DateWindow.of(ISSUED_ON, APR_12));
    }

    @Test
    void a_denial_passes_the_gate_unchanged() {
        Decision denied = new Decision.Denied("MN-05", "all 12 sessions of referral R-1 are already authorized");

        assertThat(WA_LNI.clamp(denied, 0, ISSUED_ON)).isEqualTo(new ReEvaluationGate.Gated(denied, false));
    }
}
