package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.storyReferral;
import static org.medmassage.authorization.Fixtures.storyRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.PayerType;
import org.medmassage.authorization.reevaluation.ReEvaluationGate;

/** PA-02 per payer type: the member's plan's payer type picks the standard clock (decision 0069). */
class PayerTypeClocksTest {

    private static final DecisionClocks CLOCKS = new DecisionClocks(Duration.ofHours(72),
            Map.of(PayerType.COMMERCIAL, 15, PayerType.MEDICARE_ADVANTAGE, 7, PayerType.MEDICAID, 7),
            ZoneId.of("America/New_York"));

    private final AuthorizationIntake intake = new AuthorizationIntake(new AuthorizationPolicy(), CLOCKS,
            PayerType.COMMERCIAL, new RandomAuthorizationNumbers(), AutoApprovalCeiling.none());

    // the story request is received 2026-03-02 09:00 UTC; due at the end of the last calendar day in New York (EST)
    @ParameterizedTest(name = "a {0} plan: due {1}")
    @CsvSource({
        "MEDICAID, 2026-03-10T03:59:59.999Z",
        "MEDICARE_ADVANTAGE, 2026-03-10T03:59:59.999Z",
        "COMMERCIAL, 2026-03-18T03:59:59.999Z",
        ", 2026-03-18T03:59:59.999Z"})
    void the_standard_clock_is_the_payer_type_of_the_members_plan_or_the_configured_one(PayerType payerType,
            String dueAt) {
        CoverageTerms plan = new CoverageTerms(MEMBER, "PLAN", LocalDate.parse("2026-01-01"), null, true, false, null,
                20, null, payerType);

        Authorization received = intake.receive(storyRequest(), Optional.of(storyReferral()), 0,
                new CareTerms(Optional.of(plan), ReEvaluationGate.off())).authorization();

        assertThat(received.dueAt()).isEqualTo(Instant.parse(dueAt));
    }
}
