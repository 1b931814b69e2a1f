package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.medmassage.authorization.coverage.PayerType;

/** PA-02 (RULEBOOK §6.3): due dates on the payer's calendar, America/New_York unless said otherwise. */
class DecisionTurnaroundTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DecisionTurnaround CMS = DecisionTurnaround.cmsImpactedPayer(NEW_YORK);

    @ParameterizedTest(name = "received {0} ({1}) → due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # received (UTC)        | local receipt                 | due (UTC): 23:59:59.999 local of day 7
            2027-01-28T05:00:00Z    | Jan 28 00:00 EST, month end   | 2027-02-05T04:59:59.999Z
            2027-01-28T15:00:00Z    | Jan 28 10:00 EST              | 2027-02-05T04:59:59.999Z
            2027-01-29T04:59:59Z    | Jan 28 23:59 EST: Jan 29 in UTC| 2027-02-05T04:59:59.999Z
            2027-01-29T05:00:00Z    | Jan 29 00:00 EST              | 2027-02-06T04:59:59.999Z
            2027-03-10T15:00:00Z    | Mar 10 10:00 EST, due in EDT  | 2027-03-18T03:59:59.999Z
            2027-03-14T06:59:59Z    | Mar 14 01:59 EST, DST starts  | 2027-03-22T03:59:59.999Z
            2027-03-14T07:00:00Z    | Mar 14 03:00 EDT              | 2027-03-22T03:59:59.999Z
            2026-10-28T13:00:00Z    | Oct 28 09:00 EDT, due in EST  | 2026-11-05T04:59:59.999Z
            2026-11-01T05:30:00Z    | Nov 1 01:30 EDT, DST ends     | 2026-11-09T04:59:59.999Z
            2026-11-01T06:30:00Z    | Nov 1 01:30 EST, the hour again| 2026-11-09T04:59:59.999Z
            """)
    void a_standard_request_is_due_at_the_end_of_the_7th_calendar_day_in_the_payers_zone_PA_02(
            Instant received, String localReceipt, Instant due) {
        assertThat(CMS.dueAt(received, Priority.STANDARD)).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0} → due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # 72 elapsed hours, whatever the wall clock does
            2026-03-02T09:00:00Z    | 2026-03-05T09:00:00Z
            2027-03-13T17:00:00Z    | 2027-03-16T17:00:00Z
            2026-10-31T12:00:00Z    | 2026-11-03T12:00:00Z
            2027-01-30T20:00:00Z    | 2027-02-02T20:00:00Z
            """)
    void an_expedited_request_is_due_72_hours_after_receipt_PA_02(Instant received, Instant due) {
        assertThat(CMS.dueAt(received, Priority.EXPEDITED)).isEqualTo(due);
        assertThat(DecisionTurnaround.erisaGroupPlan(NEW_YORK).dueAt(received, Priority.EXPEDITED)).isEqualTo(due);
    }

    @Test
    void a_standard_request_of_an_ERISA_group_plan_is_due_at_the_end_of_the_15th_calendar_day_PA_02() {
        assertThat(DecisionTurnaround.erisaGroupPlan(NEW_YORK)
                .dueAt(Instant.parse("2027-01-28T15:00:00Z"), Priority.STANDARD))
                .isEqualTo(Instant.parse("2027-02-13T04:59:59.999Z"));
    }

    @Test
    void the_days_are_counted_on_the_configured_payers_calendar() {
        DecisionTurnaround pacific = DecisionTurnaround.cmsImpactedPayer(ZoneId.of("America/Los_Angeles"));

        // 2027-01-29T06:00Z is Jan 29 in New York but still Jan 28 in Los Angeles
        assertThat(CMS.dueAt(Instant.parse("2027-01-29T06:00:00Z"), Priority.STANDARD))
                .isEqualTo(Instant.parse("2027-02-06T04:59:59.999Z"));
        assertThat(pacific.dueAt(Instant.parse("2027-01-29T06:00:00Z"), Priority.STANDARD))
                .isEqualTo(Instant.parse("2027-02-05T07:59:59.999Z"));
    }

    @Test
    void each_payer_type_has_its_standard_clock_and_an_unconfigured_one_takes_CMS_7_days() {
        DecisionClocks clocks = new DecisionClocks(Duration.ofHours(72), Map.of(PayerType.COMMERCIAL, 15,
                PayerType.MEDICARE_ADVANTAGE, 7), NEW_YORK);
        Instant received = Instant.parse("2027-01-28T15:00:00Z");

        assertThat(clocks.forPayer(PayerType.COMMERCIAL).dueAt(received, Priority.STANDARD))
                .isEqualTo(Instant.parse("2027-02-13T04:59:59.999Z"));
        assertThat(clocks.forPayer(PayerType.MEDICARE_ADVANTAGE).dueAt(received, Priority.STANDARD))
                .isEqualTo(Instant.parse("2027-02-05T04:59:59.999Z"));
        assertThat(clocks.forPayer(PayerType.MEDICAID).dueAt(received, Priority.STANDARD))
                .isEqualTo(Instant.parse("2027-02-05T04:59:59.999Z"));
    }

    @Test
    void clocks_must_be_positive() {
        assertThatThrownBy(() -> new DecisionTurnaround(Duration.ZERO, 7, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecisionTurnaround(Duration.ofHours(72), 0, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
