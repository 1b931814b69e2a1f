package org.medmassage.claims.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ALT-04 and RULEBOOK §9 item 10: billed at least $400.00 above the Good Faith Estimate → the patient may start
 * patient-provider dispute resolution within 120 calendar days of the bill. The estimate expects 1,062.00.
 */
class DisputeEligibilityPolicyTest {

    private static final GoodFaithEstimate ESTIMATE = EstimateFixtures.estimate(false);
    private static final LocalDate BILLED_ON = LocalDate.of(2026, 5, 27);

    @ParameterizedTest(name = "billed {0} + {1}: exceeds by {2}, eligible {3}")
    @CsvSource({
            "1000.00, 461.99, 399.99, false",
            "1000.00, 462.00, 400.00, true",
            "1000.00, 462.01, 400.01, true",
            "1000.00, 62.00,  0.00,   false",
            "500.00,  100.00, -462.00, false",
    })
    void flags_a_bill_400_00_over_its_estimate(String first, String last, String exceeds, boolean eligible) {
        FinalBill bill = DisputeEligibilityPolicy.judge(ESTIMATE, List.of(
                visit("C-1", EstimateFixtures.FIRST_SESSION, LocalDate.of(2026, 3, 10), first),
                visit("C-2", EstimateFixtures.FIRST_SESSION.plusWeeks(11), BILLED_ON, last)));

        assertThat(bill.billedTotal()).isEqualByComparingTo(new BigDecimal(first).add(new BigDecimal(last)));
        assertThat(bill.exceedsEstimateBy()).isEqualByComparingTo(exceeds);
        assertThat(bill.disputeEligible()).isEqualTo(eligible);
        assertThat(bill.disputeWindowEndsOn()).isEqualTo(eligible ? LocalDate.of(2026, 9, 24) : null);
    }

    @Test
    void the_window_runs_120_days_from_the_latest_bill_whichever_session_it_is_for() {
        FinalBill bill = DisputeEligibilityPolicy.judge(ESTIMATE, List.of(
                visit("C-2", EstimateFixtures.FIRST_SESSION.plusWeeks(1), LocalDate.of(2026, 6, 1), "800.00"),
                visit("C-1", EstimateFixtures.FIRST_SESSION, LocalDate.of(2026, 3, 10), "700.00")));

        assertThat(bill.disputeEligible()).isTrue();
        assertThat(bill.disputeWindowEndsOn()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(bill.visits()).extracting(BilledVisit::claimId).containsExactly("C-1", "C-2");
    }

    @Test
    void counts_only_the_sessions_from_the_first_to_the_last_scheduled_date() {
        LocalDate last = EstimateFixtures.FIRST_SESSION.plusWeeks(11);
        FinalBill bill = DisputeEligibilityPolicy.judge(ESTIMATE, List.of(
                visit("C-before", EstimateFixtures.FIRST_SESSION.minusDays(1), BILLED_ON, "900.00"),
                visit("C-first", EstimateFixtures.FIRST_SESSION, BILLED_ON, "100.00"),
                visit("C-last", last, BILLED_ON, "100.00"),
                visit("C-after", last.plusDays(1), BILLED_ON, "900.00")));

        assertThat(bill.visits()).extracting(BilledVisit::claimId).containsExactly("C-first", "C-last");
        assertThat(bill.billedTotal()).isEqualByComparingTo("200.00");
        assertThat(bill.disputeEligible()).isFalse();
    }

    @Test
    void nothing_billed_yet_is_nothing_to_dispute() {
        FinalBill bill = DisputeEligibilityPolicy.judge(ESTIMATE, List.of());

        assertThat(bill.billedTotal()).isEqualByComparingTo("0.00");
        assertThat(bill.exceedsEstimateBy()).isEqualByComparingTo("-1062.00");
        assertThat(bill.disputeEligible()).isFalse();
        assertThat(bill.disputeWindowEndsOn()).isNull();
    }

    private static BilledVisit visit(String claimId, LocalDate dateOfService, LocalDate billedOn, String owed) {
        return new BilledVisit(claimId, dateOfService, billedOn, new BigDecimal(owed));
    }
}
